namespace Archon.Service.Benchmarks;

/// <summary>Benchmark fan-in: a shard of <see cref="RunId"/> finished; write the summary if every item has a result.</summary>
internal sealed record BenchFanInMessage(string RunId);
