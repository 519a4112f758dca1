using Archon.Search.Driver;

namespace Archon.Workflows.Searches;

/// <summary>
/// A service trial's result in the terms of <c>search.json</c>: its benchmark run reports a score and interval (0–1),
/// the dollars and calls of the whole run; per query and in points they become what <c>archon search</c> records.
/// </summary>
internal static class TrialResults
{
    /// <summary>The trial completed with its run's figures (<see cref="InSearch"/> then adds what depends on the search).</summary>
    public static TrialRecord Completed(
        TrialRecord trial, double score, IReadOnlyList<double>? ci95, decimal costUsd, long calls, bool simulated, double latencyP95Ms, long judgeCalls)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var items = trial.Items;
        return trial with
        {
            Status = TrialStatus.Completed,
            RunScore = score,
            RunCi95 = ci95,
            Score = score * 100,
            CiHalfWidth = ci95 is [var low, var high] ? (high - low) / 2 * 100 : 0,
            UsdPerQuery = items == 0 ? 0 : costUsd / items,
            P95LatencyMs = latencyP95Ms,
            CallsPerQuery = items == 0 ? 0 : (double)calls / items,
            CallsMade = calls,
            CallsWithoutReuse = calls,
            UsdSpent = costUsd,
            JudgeCalls = judgeCalls,
            Simulated = simulated,
        };
    }

    /// <summary>The trial's share of a full evaluation and the objective told to the strategy (0 for a failed trial).</summary>
    public static TrialRecord InSearch(TrialRecord trial, int searchItems, double costWeight)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return trial with
        {
            FullEquivalent = searchItems == 0 ? 0 : (double)trial.Items / searchItems,
            Objective = SearchObjective.Of(trial, costWeight),
        };
    }
}
