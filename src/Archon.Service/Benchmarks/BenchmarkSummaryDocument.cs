namespace Archon.Service.Benchmarks;

/// <summary><c>runs/{id}/summary.json</c>: the run's totals, written once every item has its result.</summary>
internal sealed record BenchmarkSummaryDocument(
    int Items, double Score, IReadOnlyList<double> Ci95, int Errors, decimal CostUsd, long InputTokens, long OutputTokens, int Calls,
    double MeanLatencyMs, DateTimeOffset CompletedAt);
