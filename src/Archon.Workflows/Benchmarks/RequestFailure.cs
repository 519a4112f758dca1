namespace Archon.Workflows.Benchmarks;

/// <summary><c>runs/{id}/failed.json</c>: why a request from the benchmark-request queue did not start a run.</summary>
internal sealed record RequestFailure(string Reason, DateTimeOffset At);
