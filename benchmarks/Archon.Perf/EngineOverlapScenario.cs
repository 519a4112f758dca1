using System.Diagnostics;
using System.Globalization;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Synthetic;
using Archon.Models.Setup;
using Microsoft.Extensions.AI;

namespace Archon.Perf;

/// <summary>
/// engine-overlap: with 100 ms simulated latency, 10 generator samples → ranker → critic → fuser must finish within
/// 1.15 × its critical path of 4 × 100 ms, i.e. the 13 calls overlap as the layers allow.
/// </summary>
internal sealed class EngineOverlapScenario : IPerfScenario
{
    private const int LatencyMs = 100;
    private const int Steps = 4;
    private const double Target = 1.15;

    public string Name => "engine-overlap";

    public string Description =>
        "100 ms sim latency, 10 samples → ranker → critic → fuser: wall ≤ 1.15 × critical path (4 × 100 ms)";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var runs = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 9;
        var setup = ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = LatencyMs });
        var runner = new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry());
        var architecture = EngineArchitectures.Ensemble();
        var tasks = SyntheticTasks.Generate(runs + 1, seed: 7);

        // One warm-up query (JIT, first-use allocations); every query asks a different question so no cache answers.
        await runner.RunAsync(architecture, [new ChatMessage(ChatRole.User, tasks[0].Question)], cancellationToken: cancellationToken);

        var walls = new List<double>();
        var paths = new List<double>();
        QueryResult? last = null;
        for (var i = 1; i <= runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            last = await runner.RunAsync(architecture, [new ChatMessage(ChatRole.User, tasks[i].Question)], cancellationToken: cancellationToken);
            walls.Add(stopwatch.Elapsed.TotalMilliseconds);
            paths.Add(last.Trace.CriticalPath.TotalMilliseconds);
        }

        var overheads = walls.Zip(paths, (w, p) => w - p).Order().ToList();
        walls.Sort();
        paths.Sort();
        var wall = walls[walls.Count / 2];
        var nominal = (double)Steps * LatencyMs;
        var measuredCritical = paths[paths.Count / 2];
        var sumOfCalls = last!.Trace.Calls.Sum(c => c.Latency.TotalMilliseconds);
        var ratio = wall / nominal;
        var met = ratio <= Target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  calls per query         {last.Trace.Totals.Calls} (cache hits {last.Trace.Totals.CacheHits}, stop {last.StopReason})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  wall ms (median of {runs})   {wall:0.0}  [min {walls[0]:0.0}, max {walls[^1]:0.0}]"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  critical path ms        {nominal:0} nominal ({Steps} × {LatencyMs} ms), {measuredCritical:0.0} measured from the trace (median)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  engine overhead ms      {overheads[overheads.Count / 2]:0.0} median (wall − measured critical path of the same query); machine load average {LoadAverage()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  wall / critical path    {ratio:0.000} (target ≤ {Target:0.00}) {(met ? "MET" : "MISSED")}; vs measured path {wall / measuredCritical:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  sum of all calls ms     {sumOfCalls:0.0}; speed-up over sequential {sumOfCalls / wall:0.00}× (target ≥ 2.8×)"));
        return met;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
