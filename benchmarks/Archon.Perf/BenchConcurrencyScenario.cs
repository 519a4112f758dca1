using System.Diagnostics;
using System.Globalization;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;

namespace Archon.Perf;

/// <summary>At 50 ms per simulated call and concurrency 32: items per second against 32 ÷ critical path.</summary>
internal sealed class BenchConcurrencyScenario : IPerfScenario
{
    public string Name => "bench-concurrency-50ms";

    public string Description => "archon bench at 50 ms sim latency, --concurrency 32: items/s >= 90% of 32 / (the architecture's critical path)";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        const int concurrency = 32;
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 640;
        var items = BenchSimSetup.Dataset(count, seed: 12);
        var runner = new BenchmarkRunner(BenchSimSetup.Runner(50), Scorers.ForKind(DatasetKinds.Synthetic));
        var architecture = BenchSimSetup.Architecture();

        // Warm up JIT and pools on a few items so the timed run measures steady state.
        await runner.RunAsync(BenchSimSetup.Dataset(concurrency, seed: 99), architecture, new BenchmarkRunOptions { Concurrency = concurrency }, null, cancellationToken);

        var started = Stopwatch.GetTimestamp();
        var run = await runner.RunAsync(items, architecture, new BenchmarkRunOptions { Concurrency = concurrency }, null, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var criticalPathMs = run.Results.Average(r => r.CriticalPathMs);
        var itemsPerSecond = count / elapsed.TotalSeconds;
        var ideal = concurrency / (criticalPathMs / 1000);
        var ratio = itemsPerSecond / ideal;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"items {count}, errors {run.Summary.Errors}, calls/item {run.Summary.CallsPerItem:0.0}, mean critical path {criticalPathMs:0.0} ms, wall {elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"items/s {itemsPerSecond:0.0} vs 32 / critical path = {ideal:0.0}: ratio {ratio:0.000} (target >= 0.90) {(ratio >= 0.9 ? "MET" : "MISSED")}"));
        var nominalMs = architecture.Layers.Count * 50.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"(against the nominal critical path {nominalMs:0} ms = {architecture.Layers.Count} layers x 50 ms: ideal {concurrency / (nominalMs / 1000):0.0} items/s, ratio {itemsPerSecond / (concurrency / (nominalMs / 1000)):0.000})"));
        return ratio >= 0.9 && run.Summary.Errors == 0;
    }
}
