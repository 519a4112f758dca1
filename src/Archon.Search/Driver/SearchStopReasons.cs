namespace Archon.Search.Driver;

/// <summary>Why a search stopped (the <c>stopReason</c> of <c>search.json</c>).</summary>
public static class SearchStopReasons
{
    public const string BudgetCalls = "budget-calls";
    public const string BudgetUsd = "budget-usd";
    public const string MaxTrials = "max-trials";
    public const string Exhausted = "space-exhausted";
    public const string TargetReached = "target-reached";
}
