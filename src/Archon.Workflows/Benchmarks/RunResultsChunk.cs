using Archon.Benchmarks.Results;

namespace Archon.Workflows.Benchmarks;

/// <summary>One chunk of a run's finished items, compact (see <see cref="BenchmarkItemEvaluator.Compact"/>).</summary>
internal sealed record RunResultsChunk(string RunId, int Chunk, IReadOnlyList<ItemResult> Results);
