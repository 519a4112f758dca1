using Archon.Core.Architectures;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// A validated benchmark request (<c>POST /api/benchmarks</c> or a message on the benchmark-request queue): the
/// architecture, the dataset kind and its items, the judge and baseline answers for judge-scored kinds, how many items
/// run at once, and whether each item's turns run as architecture orchestrations.
/// </summary>
internal sealed record BenchmarkRequest(
    string Dataset,
    ArchitectureConfig Architecture,
    IReadOnlyList<BenchmarkInputItem> Items,
    ArchitectureConfig? Judge,
    IReadOnlyDictionary<string, string>? Baseline,
    int Parallel,
    bool ItemsAsOrchestrations);
