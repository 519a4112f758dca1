namespace Archon.Service.Benchmarks;

/// <summary>Items with a result so far, of the run's total.</summary>
internal sealed record BenchmarkProgress(int Done, int Total);
