namespace Archon.Core.Tracing;

/// <summary>Totals over a set of calls.</summary>
public sealed record UsageTotals(int Calls, long InputTokens, long OutputTokens, decimal CostUsd, int CacheHits)
{
    public static UsageTotals Zero { get; } = new(0, 0, 0, 0m, 0);

    public static UsageTotals Sum(IEnumerable<CallRecord> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        int n = 0, hits = 0;
        long input = 0, output = 0;
        decimal cost = 0;
        foreach (var c in calls)
        {
            n++;
            input += c.InputTokens;
            output += c.OutputTokens;
            cost += c.CostUsd;
            hits += c.CacheHit ? 1 : 0;
        }

        return new UsageTotals(n, input, output, cost, hits);
    }
}
