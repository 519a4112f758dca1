using Archon.Core.Tracing;

namespace Archon.Benchmarks.Scoring;

/// <summary>Adds usage totals.</summary>
internal static class UsageMath
{
    public static UsageTotals Add(UsageTotals a, UsageTotals b) => new(
        a.Calls + b.Calls,
        a.InputTokens + b.InputTokens,
        a.OutputTokens + b.OutputTokens,
        a.CostUsd + b.CostUsd,
        a.CacheHits + b.CacheHits);
}
