using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Archon.Core.Architectures;
using Archon.Core.Synthetic;

namespace Archon.Perf;

/// <summary>
/// engine-cold: a cold <c>archon run --json</c> — a fresh process each time, as a user runs it — on the 4-layer
/// ensemble (10 samples → ranker → critic → fuser) with 100 ms simulated calls. The query's wall time (the trace's
/// <c>elapsedMs</c>) must stay within 1.25 × the trace's critical path (<c>criticalPathMs</c>); both figures come
/// from the same run. Every run asks a different question, so no cache answers.
/// </summary>
internal sealed class EngineColdScenario : IPerfScenario
{
    private const int LatencyMs = 100;
    private const double Target = 1.25;

    public string Name => "engine-cold";

    public string Description =>
        "cold archon run (fresh process), 4 layers, 100 ms sim calls: query wall ≤ 1.25 × the trace's critical path";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var runs = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        var dll = Path.Combine(AppContext.BaseDirectory, "archon.dll");
        var config = Path.Combine(Path.GetTempPath(), $"archon-perf-cold-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(config, ArchitectureWriter.ToJson(EngineArchitectures.Ensemble()), cancellationToken);
        var tasks = SyntheticTasks.Generate(runs, seed: 41);
        var samples = new List<(double Wall, double Path, double Process, double FirstLayer)>();
        try
        {
            foreach (var task in tasks)
            {
                var started = Stopwatch.GetTimestamp();
                var json = await RunArchonAsync(dll, ["run", "--json", "--sim-latency-ms", LatencyMs.ToString(CultureInfo.InvariantCulture), "--config", config, task.Question], cancellationToken);
                var process = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                using var doc = JsonDocument.Parse(json);
                var root = doc.RootElement;
                var firstLayer = root.GetProperty("layers")[0];
                samples.Add((root.GetProperty("elapsedMs").GetDouble(), root.GetProperty("criticalPathMs").GetDouble(), process,
                    firstLayer.GetProperty("startMs").GetDouble() + firstLayer.GetProperty("elapsedMs").GetDouble()));
            }
        }
        finally
        {
            File.Delete(config);
        }

        var ratios = samples.Select(s => s.Wall / s.Path).Order().ToList();
        var ratio = ratios[ratios.Count / 2];
        var met = ratio <= Target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  query wall ms (median of {runs})      {Median(samples.Select(s => s.Wall)):0.0}  [min {samples.Min(s => s.Wall):0.0}, max {samples.Max(s => s.Wall):0.0}]"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  trace critical path ms (median)    {Median(samples.Select(s => s.Path)):0.0} (nominal 4 × {LatencyMs} ms = {4 * LatencyMs})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  first layer done at ms (median)    {Median(samples.Select(s => s.FirstLayer)):0.0} (nominal {LatencyMs})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  process wall ms (median)           {Median(samples.Select(s => s.Process)):0.0} (runtime start, config, catalog, query, exit)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  wall / critical path               {ratio:0.000} median [min {ratios[0]:0.000}, max {ratios[^1]:0.000}] (target ≤ {Target:0.00}) {(met ? "MET" : "MISSED")}; machine load average {LoadAverage()}"));
        return met;
    }

    private static async Task<string> RunArchonAsync(string dll, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"archon run exited {process.ExitCode}: {await stderr}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
