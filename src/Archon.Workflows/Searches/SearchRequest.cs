using Archon.Core.Architectures;
using Archon.Workflows.Benchmarks;

namespace Archon.Workflows.Searches;

/// <summary>
/// A validated search request: candidates or a space plan, the items to search on (and, with a split, the held-out
/// items the best is finally evaluated on), the judge and baseline, how many trials run at once and the cost weight.
/// </summary>
internal sealed record SearchRequest(
    string Dataset,
    IReadOnlyList<ArchitectureConfig> Candidates,
    SpaceSearchPlan? Plan,
    IReadOnlyList<BenchmarkInputItem> Items,
    IReadOnlyList<BenchmarkInputItem>? HeldOut,
    ArchitectureConfig? Judge,
    IReadOnlyDictionary<string, string>? Baseline,
    int Parallel,
    double CostWeight);
