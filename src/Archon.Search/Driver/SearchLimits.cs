namespace Archon.Search.Driver;

/// <summary>
/// The limits both search loops check before they ask the strategy for another trial (<c>archon search</c>'s
/// <see cref="SearchDriver"/> and the service's search orchestration): they differ only in how a trial's run is executed.
/// </summary>
public static class SearchLimits
{
    /// <summary>
    /// The stop reason (<see cref="SearchStopReasons"/>) when <paramref name="trials"/> reached <paramref name="maxTrials"/>
    /// or the spend reached a budget; null while another trial may start. A null limit does not apply.
    /// </summary>
    public static string? Reached(int trials, int? maxTrials, long callsMade, long? budgetCalls, decimal usdSpent, decimal? budgetUsd)
    {
        if (budgetCalls is { } calls && callsMade >= calls)
        {
            return SearchStopReasons.BudgetCalls;
        }

        if (budgetUsd is { } usd && usdSpent >= usd)
        {
            return SearchStopReasons.BudgetUsd;
        }

        return maxTrials is { } max && trials >= max ? SearchStopReasons.MaxTrials : null;
    }
}
