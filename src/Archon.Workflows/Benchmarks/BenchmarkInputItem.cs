using Archon.Benchmarks.Datasets;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// One item of a run as stored in <c>runs/{id}/input.json</c>. <see cref="Item"/> is the item as the dataset kind's
/// loader read it (scored by that kind's scorer); without it the item is a plain question/answer pair scored on its
/// last <c>Answer:</c> line.
/// </summary>
internal sealed record BenchmarkInputItem(string Id, string Question, string? Answer, BenchmarkItem? Item = null);
