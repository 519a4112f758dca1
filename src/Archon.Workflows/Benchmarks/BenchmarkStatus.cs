namespace Archon.Workflows.Benchmarks;

/// <summary>
/// <c>GET /api/benchmarks/{id}</c>: <c>queued</c>, <c>running</c>, <c>completed</c>, <c>failed</c> or <c>cancelled</c>,
/// progress (items done of all), the summary once completed, the error once failed.
/// </summary>
internal sealed record BenchmarkStatus(
    string Id, string Status, string? Dataset, string? Architecture, BenchmarkRunStatus Progress, BenchmarkSummaryDocument? Summary, string? Error);
