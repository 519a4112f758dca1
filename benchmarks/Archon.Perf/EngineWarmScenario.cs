using System.Diagnostics;
using System.Globalization;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Synthetic;
using Archon.Models.Setup;
using Microsoft.Extensions.AI;

namespace Archon.Perf;

/// <summary>
/// engine-warm: the same 4-layer ensemble with 100 ms simulated calls in a process that has already answered a query
/// (as the service runs): each query's wall time must stay within 1.10 × its trace's critical path. Every query asks
/// a different question, so no cache answers.
/// </summary>
internal sealed class EngineWarmScenario : IPerfScenario
{
    private const int LatencyMs = 100;
    private const double Target = 1.10;

    public string Name => "engine-warm";

    public string Description =>
        "warm process, 4 layers, 100 ms sim calls: query wall ≤ 1.10 × the trace's critical path";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var runs = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var setup = ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = LatencyMs });
        var runner = new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry());
        var architecture = EngineArchitectures.Ensemble();
        var tasks = SyntheticTasks.Generate(runs + 1, seed: 43);
        await runner.RunAsync(architecture, [new ChatMessage(ChatRole.User, tasks[0].Question)], cancellationToken: cancellationToken);

        var ratios = new List<double>();
        var walls = new List<double>();
        var paths = new List<double>();
        for (var i = 1; i <= runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await runner.RunAsync(architecture, [new ChatMessage(ChatRole.User, tasks[i].Question)], cancellationToken: cancellationToken);
            var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            walls.Add(wall);
            paths.Add(result.Trace.CriticalPath.TotalMilliseconds);
            ratios.Add(wall / result.Trace.CriticalPath.TotalMilliseconds);
        }

        ratios.Sort();
        walls.Sort();
        paths.Sort();
        var ratio = ratios[ratios.Count / 2];
        var met = ratio <= Target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  query wall ms (median of {runs})      {walls[walls.Count / 2]:0.0}  [min {walls[0]:0.0}, max {walls[^1]:0.0}]"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  trace critical path ms (median)    {paths[paths.Count / 2]:0.0} (nominal 4 × {LatencyMs} ms = {4 * LatencyMs})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  wall / critical path               {ratio:0.000} median [min {ratios[0]:0.000}, max {ratios[^1]:0.000}] (target ≤ {Target:0.00}) {(met ? "MET" : "MISSED")}; machine load average {LoadAverage()}"));
        return met;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
