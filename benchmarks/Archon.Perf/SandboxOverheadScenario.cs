using System.Diagnostics;
using System.Globalization;
using Archon.Benchmarks.Sandbox;

namespace Archon.Perf;

/// <summary>What namespace isolation costs per sandboxed run, against limits-only runs and a bare interpreter start.</summary>
internal sealed class SandboxOverheadScenario : IPerfScenario
{
    private const int Runs = 20;

    public string Name => "sandbox-overhead";

    public string Description => "mean wall time of a trivial sandboxed Python run: namespaces vs limits-only vs bare python3; target namespaces <= 2.0x limits-only";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!PythonSandbox.NamespacesAvailable)
        {
            Console.WriteLine($"namespaces unavailable here ({PythonSandbox.NamespacesUnavailableReason}): nothing to compare; not measured");
            return true;
        }

        var bare = await MeanAsync(async () =>
        {
            // The same interpreter the sandbox finds on its minimal PATH (not a shim earlier on this process's PATH).
            using var p = Process.Start(new ProcessStartInfo("/usr/bin/env", ["-i", "PATH=/usr/local/bin:/usr/bin:/bin", "python3", "-I", "-c", "pass"]) { UseShellExecute = false })!;
            await p.WaitForExitAsync(cancellationToken);
        });
        var limits = await MeanAsync(() => Sandboxed(SandboxIsolation.LimitsOnly, cancellationToken));
        var isolated = await MeanAsync(() => Sandboxed(SandboxIsolation.Namespaces, cancellationToken));
        var ratio = isolated / limits;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bare python3 start {bare:0} ms; limits-only run {limits:0} ms; namespaces run {isolated:0} ms (mean of {Runs})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"namespaces / limits-only = {ratio:0.00} (target <= 2.00) {(ratio <= 2 ? "MET" : "MISSED")}; isolation adds {isolated - limits:0} ms per run"));
        return ratio <= 2;
    }

    private static async Task Sandboxed(SandboxIsolation isolation, CancellationToken cancellationToken)
    {
        var run = await new PythonSandbox(new SandboxOptions { Isolation = isolation }).RunAsync("pass\n", cancellationToken);
        if (!run.Passed)
        {
            throw new InvalidOperationException($"sandboxed run failed: {run.Stderr}");
        }
    }

    private static async Task<double> MeanAsync(Func<Task> run)
    {
        await run(); // warm-up
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < Runs; i++)
        {
            await run();
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds / Runs;
    }
}
