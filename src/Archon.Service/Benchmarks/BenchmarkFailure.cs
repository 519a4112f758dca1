namespace Archon.Service.Benchmarks;

/// <summary><c>runs/{id}/failed.json</c>: why the run failed (e.g. a poisoned message).</summary>
internal sealed record BenchmarkFailure(string Reason, DateTimeOffset At);
