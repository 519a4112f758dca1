using Archon.Search.Driver;

namespace Archon.Workflows.Searches;

/// <summary>
/// A finished service search as <c>archon search</c> writes it (<see cref="SearchState"/>, the one state format of
/// both): every completed trial as a <see cref="TrialRecord"/> with scores in points and the same objective.
/// </summary>
internal static class SearchResultFile
{
    public static SearchState From(SearchDocument document, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(document);
        var trials = document.Trials.Where(t => t.Status == SearchTrialStatus.Completed).Select(t => Record(t, document)).ToArray();
        return new SearchState
        {
            Space = document.Space?.Name ?? "candidates",
            SpaceFingerprint = fingerprint,
            FeasiblePoints = document.Space?.Feasible ?? document.Trials.Count,
            InfeasiblePoints = document.Space?.Infeasible ?? 0,
            Strategy = document.Strategy ?? "candidates",
            Seed = document.Seed ?? 0,
            SearchItems = document.SearchItems,
            BudgetCalls = document.BudgetCalls,
            BudgetUsd = document.BudgetUsd,
            CostWeight = document.CostWeight,
            Trials = trials,
            Proposals = document.Trials.Count,
            StopReason = document.StopReason,
            Simulated = document.Trials.Any(t => t.Simulated),
        };
    }

    private static TrialRecord Record(SearchTrialState trial, SearchDocument document)
    {
        var items = trial.Items ?? document.SearchItems;
        var cost = trial.CostUsd ?? 0;
        var ci = trial.Ci95 is [var low, var high] ? (high - low) / 2 * 100 : 0;
        return new TrialRecord
        {
            Number = trial.Index + 1,
            PointIndex = trial.PointIndex ?? trial.Index,
            Key = trial.Key ?? trial.Architecture,
            Items = items,
            FullEquivalent = document.SearchItems == 0 ? 0 : (double)items / document.SearchItems,
            Score = (trial.Score ?? 0) * 100,
            CiHalfWidth = ci,
            Objective = SearchScheduler.Objective(trial with { Items = items }, document.CostWeight),
            UsdPerQuery = items == 0 ? 0 : cost / items,
            P95LatencyMs = trial.LatencyP95Ms ?? 0,
            CallsPerQuery = items == 0 ? 0 : (double)(trial.Calls ?? 0) / items,
            CallsMade = trial.Calls ?? 0,
            CallsWithoutReuse = trial.Calls ?? 0,
            UsdSpent = cost,
            JudgeCalls = trial.JudgeCalls ?? 0,
        };
    }
}
