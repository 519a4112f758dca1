using Archon.Search.Driver;

namespace Archon.Workflows.Searches;

/// <summary>
/// A finished service search as <c>archon search</c> writes it (<see cref="SearchState"/>, the one state format of
/// both): every completed trial with scores in points and the same objective.
/// </summary>
internal static class SearchResultFile
{
    public static SearchState From(SearchDocument document, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(document);
        var trials = document.Trials
            .Where(t => t.Status == TrialStatus.Completed)
            .Select(t => TrialResults.InSearch(t, document.SearchItems, document.CostWeight).ForFile())
            .ToArray();
        return new SearchState
        {
            Space = document.Space?.Name ?? "candidates",
            SpaceFingerprint = fingerprint,
            FeasiblePoints = document.Space?.Feasible ?? document.Trials.Count,
            InfeasiblePoints = document.Space?.Infeasible ?? 0,
            Strategy = document.Strategy ?? "candidates",
            Seed = document.Seed ?? 0,
            SeedMixed = document.SeedMixed,
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
}
