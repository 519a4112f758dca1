using Archon.Benchmarks.Results;

namespace Archon.Benchmarks.Running;

/// <summary>Every item's result (in dataset order, resumed ones included) and the summary.</summary>
/// <param name="Results">One result per item.</param>
/// <param name="Summary">The aggregate.</param>
/// <param name="Resumed">Items taken from the existing results file instead of being run again.</param>
public sealed record BenchmarkRunResult(IReadOnlyList<ItemResult> Results, BenchmarkSummary Summary, int Resumed);
