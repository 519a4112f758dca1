namespace Archon.Workflows.Benchmarks;

/// <summary>A run's custom status: items finished and in all (what <c>GET /api/benchmarks/{id}</c> reports as progress).</summary>
internal sealed record BenchmarkRunStatus(int Done, int Total);
