namespace Archon.Search.Evaluation;

/// <summary>Calls counted by a <see cref="CallCountingRunner"/>: all of them, cache hits, dollars paid and dollars at list price.</summary>
internal readonly record struct CallTotals(long Calls, long CacheHits, decimal PaidUsd, decimal ListedUsd)
{
    /// <summary>Calls that reached a model (not answered from the cache).</summary>
    public long Made => Calls - CacheHits;

    public static CallTotals operator -(CallTotals now, CallTotals before) =>
        new(now.Calls - before.Calls, now.CacheHits - before.CacheHits, now.PaidUsd - before.PaidUsd, now.ListedUsd - before.ListedUsd);
}
