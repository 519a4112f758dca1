namespace Archon.Benchmarks.Datasets;

/// <summary>Items read from a dataset file and the malformed entries that were skipped.</summary>
public sealed record DatasetLoadResult(IReadOnlyList<BenchmarkItem> Items, IReadOnlyList<DatasetIssue> Issues);
