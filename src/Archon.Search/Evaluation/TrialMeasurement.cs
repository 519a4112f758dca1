namespace Archon.Search.Evaluation;

/// <summary>What one trial measured.</summary>
/// <param name="Score">Mean score on the items, in points (0–100).</param>
/// <param name="CiHalfWidth">Half-width of the 95% confidence interval of <paramref name="Score"/>, in points.</param>
/// <param name="Items">Items evaluated.</param>
/// <param name="UsdPerQuery">Mean dollars per query at catalog prices, counting cached calls as if paid (what the architecture costs in use).</param>
/// <param name="P95LatencyMs">95th percentile of per-query latency (critical path), in milliseconds.</param>
/// <param name="CallsPerQuery">Mean model calls per query, cached or not.</param>
/// <param name="CallsMade">Calls actually sent to a model during this trial (cache misses), judge calls included.</param>
/// <param name="CallsWithoutReuse">Calls this trial would have made with no response cache, judge calls included.</param>
/// <param name="UsdSpent">Dollars actually spent during this trial (cache hits cost nothing), judge calls included.</param>
/// <param name="BudgetExhausted">True when the trial stopped early because the budget ran out; such trials are not recorded.</param>
public sealed record TrialMeasurement(
    double Score,
    double CiHalfWidth,
    int Items,
    decimal UsdPerQuery,
    double P95LatencyMs,
    double CallsPerQuery,
    long CallsMade,
    long CallsWithoutReuse,
    decimal UsdSpent,
    bool BudgetExhausted = false)
{
    /// <summary>Judge calls made to score this trial's answers (cached or not); 0 for kinds scored without a judge.</summary>
    public long JudgeCalls { get; init; }
}
