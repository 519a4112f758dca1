namespace Archon.Service.Benchmarks;

/// <summary><c>GET /api/benchmarks/{id}</c>: status is <c>queued</c>, <c>running</c>, <c>completed</c> or <c>failed</c>.</summary>
internal sealed record BenchmarkStatus(
    string Id, string Status, string Dataset, string Architecture, BenchmarkProgress Progress, BenchmarkSummaryDocument? Summary, string? Error);
