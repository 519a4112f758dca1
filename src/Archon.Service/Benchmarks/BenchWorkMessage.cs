namespace Archon.Service.Benchmarks;

/// <summary>Benchmark work: evaluate shard <see cref="Shard"/> of run <see cref="RunId"/>.</summary>
internal sealed record BenchWorkMessage(string RunId, int Shard);
