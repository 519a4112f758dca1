namespace Archon.Service.Benchmarks;

/// <summary>One item of a run as stored in <c>runs/{id}/input.json</c>.</summary>
internal sealed record BenchmarkInputItem(string Id, string Question, string? Answer);
