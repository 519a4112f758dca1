using System.Diagnostics;
using System.Globalization;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Sandbox;
using Archon.Benchmarks.Scoring;

namespace Archon.Perf;

/// <summary>
/// Every MultiPL-E C# item of the shared dataset compiled (in-process Roslyn) and run in the sandbox with a stub body:
/// all must compile and fail at run time; prints compile and run time per item and the total.
/// </summary>
internal sealed class HumanEvalCsScenario : IPerfScenario
{
    private const string Stub = "        throw new NotImplementedException();\n    }\n";

    public string Name => "humaneval-cs";

    public string Description => "all 158 humaneval-cs items compiled and run in the sandbox (stub bodies): 0 compile errors; target <= 1.0 s per item at concurrency 2";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var path = args.Count > 0 ? args[0] : SharedDataset("humaneval-cs.jsonl");
        if (path is null || !File.Exists(path))
        {
            Console.WriteLine("humaneval-cs.jsonl not found (pass its path, or keep ../shared/datasets beside the repository); not measured");
            return true;
        }

        var items = DatasetLoaders.Load(DatasetKinds.HumanEvalCs, path, MalformedEntryPolicy.Fail).Items;
        var sandbox = new CSharpSandbox(new SandboxOptions { Timeout = TimeSpan.FromSeconds(30) });
        var warm = Stopwatch.GetTimestamp();
        await sandbox.RunAsync(CSharpProgram.Build(items[0], Stub), CSharpProgram.TestsType, cancellationToken);
        var warmUp = Stopwatch.GetElapsedTime(warm);

        var compileErrors = 0;
        var passedStubs = 0;
        double compileMs = 0, runMs = 0;
        var gate = new object();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            var run = await sandbox.RunAsync(CSharpProgram.Build(item, Stub), CSharpProgram.TestsType, ct);
            lock (gate)
            {
                compileMs += run.CompileTime.TotalMilliseconds;
                runMs += run.Run?.Elapsed.TotalMilliseconds ?? 0;
                compileErrors += run.Compile.Succeeded ? 0 : 1;
                passedStubs += run.Passed ? 1 : 0;
                if (!run.Compile.Succeeded)
                {
                    Console.WriteLine($"  {item.Id}: {run.Compile.Errors.FirstOrDefault()}");
                }
            }
        });
        var total = Stopwatch.GetElapsedTime(started);
        var perItem = total.TotalSeconds / items.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{items.Count} items: {compileErrors} compile errors, {passedStubs} stubs passed (must be 0); first compile and run (cold) {warmUp.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean compile {compileMs / items.Count:0} ms, mean sandboxed run {runMs / items.Count:0} ms; wall {total.TotalSeconds:0.0} s at concurrency 2"));
        var met = compileErrors == 0 && passedStubs == 0 && perItem <= 1.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{perItem:0.00} s per item (target <= 1.00, ratio {perItem:0.00}) {(met ? "MET" : "MISSED")}"));
        return met;
    }

    private static string? SharedDataset(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "datasets", name);
            if (File.Exists(Path.Combine(dir.FullName, "Archon.Functions.sln")) && File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
