namespace Archon.Service.Benchmarks;

/// <summary>The new run's id, or the invalid field and the rules it broke.</summary>
internal sealed record BenchmarkStartResult(string? Id, string? Field, IReadOnlyList<string> Errors);
