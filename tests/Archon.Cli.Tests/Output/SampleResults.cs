using Archon.Core.Candidates;
using Archon.Core.Execution;
using Archon.Core.Tracing;

namespace Archon.Cli.Tests.Output;

/// <summary>A hand-built query result for output tests.</summary>
internal static class SampleResults
{
    public static QueryResult TwoLayers()
    {
        CallRecord[] calls =
        [
            Call(0, "generator", 0, "sim-small", 0, 100, 120, 40, 0.0001m),
            Call(0, "generator", 0, "sim-small", 1, 110, 120, 42, 0.0001m),
            Call(1, "fuser", 0, "sim-large", 0, 90, 300, 60, 0.0009m) with { CacheHit = true, Retries = 1, ListCostUsd = 0.0012m, UncachedLatency = TimeSpan.FromMilliseconds(900) },
        ];
        var final = new Candidate
        {
            Id = "L1.fuser0.s0",
            Text = "The answer is 4.\nAnswer: 4",
            Source = new CandidateSource(1, "fuser", 0, "sim-large", 0),
            Simulated = true,
        };
        return new QueryResult
        {
            Answer = final.Text,
            Final = final,
            Candidates = [final],
            Simulated = true,
            Trace = new QueryTrace
            {
                Calls = calls,
                Totals = UsageTotals.Sum(calls),
                Elapsed = TimeSpan.FromMilliseconds(205),
                CriticalPath = CriticalPath.Compute(calls),
                UncachedCriticalPath = CriticalPath.Compute(calls, c => c.UncachedLatency > c.Latency ? c.UncachedLatency : c.Latency),
                Warnings = [new TraceWarning(1, "fuser", 0, "reply was empty; re-asked")],
            },
        };
    }

    private static CallRecord Call(int layer, string component, int index, string model, int sample, int ms, long input, long output, decimal cost) =>
        new()
        {
            Layer = layer,
            Component = component,
            ComponentIndex = index,
            Model = model,
            Sample = sample,
            Latency = TimeSpan.FromMilliseconds(ms),
            InputTokens = input,
            OutputTokens = output,
            CostUsd = cost,
            Simulated = true,
        };
}
