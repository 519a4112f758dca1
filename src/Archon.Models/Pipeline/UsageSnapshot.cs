namespace Archon.Models.Pipeline;

/// <summary>Usage totals at one moment.</summary>
/// <param name="Calls">Finished calls, including cache hits.</param>
/// <param name="CacheHits">Calls the response cache answered.</param>
/// <param name="InputTokens">Prompt tokens (as reported by the model; cached responses report their original usage).</param>
/// <param name="OutputTokens">Completion tokens.</param>
/// <param name="CostUsd">Dollars spent: every billed attempt, failed calls' included; cache hits cost nothing.</param>
/// <param name="Retries">Transport retries made.</param>
/// <param name="Failures">Calls that failed after all retries.</param>
public sealed record UsageSnapshot(long Calls, long CacheHits, long InputTokens, long OutputTokens, decimal CostUsd, long Retries, long Failures)
{
    /// <summary>Dollars the cache hits saved: what they would have cost at catalog prices.</summary>
    public decimal SavedUsd { get; init; }
}
