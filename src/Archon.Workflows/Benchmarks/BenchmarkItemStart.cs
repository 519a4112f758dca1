using Archon.Benchmarks.Results;

namespace Archon.Workflows.Benchmarks;

/// <summary>What <see cref="StartBenchmarkItem"/> found: the item's stored result, or the turns to ask.</summary>
internal sealed record BenchmarkItemStart(ItemResult? Existing, IReadOnlyList<string> Turns);
