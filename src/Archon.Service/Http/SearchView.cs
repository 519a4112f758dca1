using Archon.Search.Driver;
using Archon.Workflows;
using Archon.Workflows.Searches;

namespace Archon.Service.Http;

/// <summary>
/// <c>GET /api/searches/{id}</c>: status (<c>queued</c>, <c>running</c>, <c>completed</c>, <c>failed</c>,
/// <c>cancelled</c>), progress, every trial, the best one with its config, the held-out evaluation, and for a space
/// search the space, strategy and stop reason.
/// </summary>
internal static class SearchView
{
    public static object Of(SearchDocument document, string status, string? error)
    {
        var done = document.Trials.Count(t => t.IsFinished);
        var finished = status is WorkflowStatus.Completed or WorkflowStatus.Failed or WorkflowStatus.Cancelled;
        var total = document.MaxTrials is not { } max || finished
            ? document.Trials.Count
            : Math.Max(document.Trials.Count, Math.Min(max, MaxProposals(document)));
        var trials = document.Trials.Select(t => Trial.Of(t, document.Space is not null)).ToList();
        var best = document.Best is { } b ? trials[b] : null;
        return new
        {
            document.Id,
            status,
            document.Dataset,
            judge = document.Judge,
            progress = new { done, total },
            trials = trials.Select(t => new { t.Index, t.Architecture, t.Key, t.Items, t.RunId, t.Status, t.Score, t.Ci95, t.CostUsd, t.Calls, t.Error }),
            best = best is null ? null : new
            {
                best.Index, best.Architecture, best.Key, best.Items, best.Score, best.Ci95, best.CostUsd, best.Calls, config = document.BestConfig,
            },
            heldOut = document.HeldOut,
            space = document.Space is not { } space ? null : new
            {
                name = space.Name, feasible = space.Feasible, infeasible = space.Infeasible, infeasibleByRule = space.InfeasibleByRule,
            },
            strategy = document.Strategy,
            seed = document.Seed,
            maxTrials = document.MaxTrials,
            budgetCalls = document.BudgetCalls,
            budgetUsd = document.BudgetUsd,
            costWeight = document.CostWeight,
            stopReason = document.StopReason,
            error = error ?? document.Error,
            simulated = document.Trials.Any(t => t.Simulated),
        };
    }

    // A trial as GET shows it: the run's own score and interval (0-1), its cost and calls once completed; a candidate
    // search's trials have no point, key or item prefix.
    private sealed record Trial(
        int Index, string? Architecture, string? Key, int? Items, string? RunId, TrialStatus Status, double? Score, IReadOnlyList<double>? Ci95,
        decimal? CostUsd, long? Calls, string? Error)
    {
        public static Trial Of(TrialRecord t, bool inSpace)
        {
            var done = t.Status == TrialStatus.Completed;
            return new Trial(
                t.Index, t.Architecture, inSpace ? t.Key : null, inSpace ? t.Items : null, t.RunId, t.Status,
                done ? t.RunScore : null, done ? t.RunCi95 : null, done ? t.UsdSpent : null, done ? t.CallsMade : null, t.Error);
        }
    }

    // Strategies other than halving evaluate each feasible point at most once.
    private static int MaxProposals(SearchDocument document) =>
        document.Strategy?.StartsWith("halving", StringComparison.Ordinal) == true ? int.MaxValue : document.Space?.Feasible ?? document.Trials.Count;
}
