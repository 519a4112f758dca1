namespace Archon.Core.Tracing;

/// <summary>Totals over a set of calls.</summary>
/// <param name="Calls">Calls, cache hits included.</param>
/// <param name="InputTokens">Prompt tokens (billed attempts that failed included).</param>
/// <param name="OutputTokens">Completion tokens.</param>
/// <param name="CostUsd">Dollars spent: every billed attempt; cache hits cost nothing.</param>
/// <param name="CacheHits">Calls the response cache answered.</param>
public sealed record UsageTotals(int Calls, long InputTokens, long OutputTokens, decimal CostUsd, int CacheHits)
{
    /// <summary>Dollars the cache hits saved: what they would have cost at catalog prices.</summary>
    public decimal SavedUsd { get; init; }

    public static UsageTotals Zero { get; } = new(0, 0, 0, 0m, 0);

    public static UsageTotals Sum(IEnumerable<CallRecord> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        int n = 0, hits = 0;
        long input = 0, output = 0;
        decimal cost = 0, saved = 0;
        foreach (var c in calls)
        {
            saved += c.CacheHit ? c.ListCostUsd : 0m;
            n++;
            input += c.InputTokens;
            output += c.OutputTokens;
            cost += c.CostUsd;
            hits += c.CacheHit ? 1 : 0;
        }

        return new UsageTotals(n, input, output, cost, hits) { SavedUsd = saved };
    }
}
