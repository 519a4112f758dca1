namespace Archon.Service.Searches;

/// <summary>
/// <c>GET /api/searches/{id}</c>: status (<c>queued</c>, <c>running</c>, <c>completed</c>, <c>failed</c>), progress,
/// every trial, the best one with its config, and for a space search the space, strategy and stop reason.
/// </summary>
internal static class SearchView
{
    public static object Of(SearchState state)
    {
        var done = state.Trials.Count(t => t.IsFinished);
        var finished = state.Status is "completed" or "failed";
        var total = state.Plan is null || finished ? state.Trials.Count : Math.Max(state.Trials.Count, Math.Min(state.Plan.MaxTrials, MaxProposals(state.Plan)));
        var best = state.Best is { } b ? state.Trials[b] : null;
        return new
        {
            state.Id,
            state.Status,
            state.Dataset,
            judge = state.Judge?.Name,
            progress = new { done, total },
            trials = state.Trials.Select(t => new { t.Index, t.Architecture, t.Key, t.Items, t.RunId, t.Status, t.Score, t.Ci95, t.CostUsd, t.Calls, t.Error }),
            best = best is null ? null : new { best.Index, best.Architecture, best.Key, best.Items, best.Score, best.Ci95, best.CostUsd, best.Calls, config = best.Config },
            space = state.Plan is not { } p ? null : new
            {
                name = p.SpaceName, feasible = p.FeasiblePoints, infeasible = p.InfeasiblePoints, infeasibleByRule = p.InfeasibleByRule,
            },
            strategy = state.Plan?.Strategy,
            seed = state.Plan?.Seed,
            maxTrials = state.Plan?.MaxTrials,
            budgetCalls = state.Plan?.BudgetCalls,
            budgetUsd = state.Plan?.BudgetUsd,
            state.StopReason,
            state.Error,
        };
    }

    // Strategies other than halving evaluate each feasible point at most once.
    private static int MaxProposals(SpaceSearchPlan plan) => plan.Strategy.StartsWith("halving", StringComparison.Ordinal) ? int.MaxValue : plan.FeasiblePoints;
}
