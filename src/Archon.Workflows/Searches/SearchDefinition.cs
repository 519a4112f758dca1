using Archon.Core.Architectures;
using Archon.Workflows.Benchmarks;

namespace Archon.Workflows.Searches;

/// <summary>
/// What a search evaluates, validated when it was requested: the items (stored once; each trial's run reads a prefix of
/// them), the judge for judge-scored kinds, how many trials run at once, and either the candidate architectures or a
/// search space with its strategy and limits (<see cref="Plan"/>). <see cref="CostWeight"/> turns the objective into
/// score minus that many points per dollar per query, as in <c>archon search</c>. With <see cref="HeldOut"/> the best
/// trial's architecture is finally evaluated on those items too.
/// </summary>
internal sealed record SearchDefinition(
    string SearchId,
    string Dataset,
    ItemSource Items,
    int Parallel,
    IReadOnlyList<ArchitectureConfig> Candidates,
    SpaceSearchPlan? Plan = null,
    BenchmarkJudge? Judge = null,
    double CostWeight = 0,
    ItemSource? HeldOut = null)
{
    public const int DefaultParallel = 2;
}
