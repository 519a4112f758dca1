using System.Diagnostics;
using System.Globalization;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;

namespace Archon.Perf;

/// <summary>1,000 synthetic items on sim models at 0 ms latency: end-to-end time and peak memory.</summary>
internal sealed class BenchThroughputScenario : IPerfScenario
{
    public string Name => "bench-1000-synthetic";

    public string Description => "archon bench over 1,000 synthetic items (3 samples + ranker + fuser) on sim models at 0 ms: target <= 10 s and peak memory < 300 MB";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var items = BenchSimSetup.Dataset(1000, seed: 11);
        var runner = new BenchmarkRunner(BenchSimSetup.Runner(0), Scorers.ForKind(DatasetKinds.Synthetic));
        var resultsPath = Path.Combine(Path.GetTempPath(), $"archon-perf-results-{Environment.ProcessId}.jsonl");
        try
        {
            var run = await runner.RunAsync(items, BenchSimSetup.Architecture(), new BenchmarkRunOptions { Concurrency = 32, ResultsPath = resultsPath }, null, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            using var self = Process.GetCurrentProcess();
            var peakMb = self.PeakWorkingSet64 / (1024.0 * 1024.0);
            var timeOk = elapsed.TotalSeconds <= 10;
            var memOk = peakMb < 300;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"items {run.Summary.Items}, errors {run.Summary.Errors}, score {run.Summary.Score:P1}, calls/item {run.Summary.CallsPerItem:0.0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"end to end {elapsed.TotalSeconds:0.00} s (target <= 10 s, ratio {elapsed.TotalSeconds / 10:0.00}) {(timeOk ? "MET" : "MISSED")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak working set {peakMb:0} MB (target < 300 MB, ratio {peakMb / 300:0.00}) {(memOk ? "MET" : "MISSED")}"));
            return timeOk && memOk && run.Summary.Errors == 0;
        }
        finally
        {
            File.Delete(resultsPath);
        }
    }
}
