namespace Archon.Workflows.Benchmarks;

/// <summary>
/// <c>runs/{id}/summary.json</c>: the run's totals, written once every item has its result. Score, interval, errors,
/// correct, unscored and latency percentiles come from <see cref="Archon.Benchmarks.Results.BenchmarkSummary.Compute"/>.
/// <see cref="Calls"/> counts the architecture's calls, <see cref="JudgeCalls"/> the judge's; <see cref="CostUsd"/> covers both.
/// </summary>
internal sealed record BenchmarkSummaryDocument(
    int Items, double Score, IReadOnlyList<double> Ci95, int Errors, decimal CostUsd, long InputTokens, long OutputTokens, int Calls,
    double MeanLatencyMs, DateTimeOffset CompletedAt,
    int Correct = 0, int Unscored = 0, double LatencyP50Ms = 0, double LatencyP95Ms = 0, int JudgeCalls = 0);
