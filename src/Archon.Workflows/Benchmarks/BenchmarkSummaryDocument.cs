using Archon.Benchmarks.Results;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// <c>runs/{id}/summary.json</c>: the run's totals, written once every item has its result. Score, interval, errors,
/// correct, unscored and latency percentiles come from <see cref="Archon.Benchmarks.Results.BenchmarkSummary.Compute"/>.
/// <see cref="Simulated"/> says whether simulated models answered or judged. <see cref="Calls"/> counts the architecture's calls, <see cref="JudgeCalls"/> the judge's; <see cref="CostUsd"/> covers both.
/// </summary>
internal sealed record BenchmarkSummaryDocument(
    int Items, double Score, IReadOnlyList<double> Ci95, int Errors, decimal CostUsd, long InputTokens, long OutputTokens, int Calls,
    double MeanLatencyMs, DateTimeOffset CompletedAt,
    int Correct = 0, int Unscored = 0, double LatencyP50Ms = 0, double LatencyP95Ms = 0, int JudgeCalls = 0, bool Simulated = false)
{
    /// <summary>The document for a run's summary and its item results (calls and mean latency are the service's own totals).</summary>
    public static BenchmarkSummaryDocument From(BenchmarkSummary summary, IReadOnlyList<ItemResult> items, DateTimeOffset completedAt)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(items);
        return new BenchmarkSummaryDocument(
            summary.Items, summary.Score, summary.Ci95, summary.Errors, summary.CostUsd, summary.InputTokens, summary.OutputTokens,
            items.Sum(r => r.Calls), items.Count == 0 ? 0 : items.Average(r => r.LatencyMs), completedAt,
            summary.Correct, summary.Unscored, summary.LatencyP50Ms, summary.LatencyP95Ms, items.Sum(r => r.JudgeCalls), summary.Simulated);
    }
}
