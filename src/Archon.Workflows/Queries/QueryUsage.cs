using Archon.Core.Tracing;

namespace Archon.Workflows.Queries;

/// <summary>Usage of all model calls of a query.</summary>
internal sealed record QueryUsage(int Calls, long InputTokens, long OutputTokens, decimal CostUsd, int CacheHits)
{
    public static QueryUsage From(UsageTotals t) => new(t.Calls, t.InputTokens, t.OutputTokens, t.CostUsd, t.CacheHits);
}
