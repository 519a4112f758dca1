using Archon.Search.Driver;

namespace Archon.Workflows.Searches;

/// <summary>The input of <see cref="ProposeTrials"/>: the search's plan and where it stands.</summary>
internal sealed record ProposeRequest(
    string SearchId, SpaceSearchPlan Plan, int SearchItems, int Parallel, IReadOnlyList<TrialRecord> Trials, IReadOnlyList<StrategyEvent> Events, string? StopReason,
    double CostWeight = 0);
