namespace Archon.Core.Tracing;

/// <summary>
/// Computes the critical path of a query from its calls. Within a layer, a component's re-asks for the same sample
/// (attempt 1, 2, … after unparseable output) wait for the attempt before them, so they form a chain: call B extends
/// a chain ending in call A when both come from the same component and sample, A has the lower attempt, and A ended
/// before B started. All other calls — other samples, other candidates (e.g. a verifier's per-candidate calls),
/// other components — are independent. A layer's critical path is its longest chain; the query's is the sum over
/// layers, because each layer waits for the previous one.
/// </summary>
public static class CriticalPath
{
    /// <summary>The sum over layers of each layer's longest dependent chain.</summary>
    public static TimeSpan Compute(IEnumerable<CallRecord> calls) => Compute(calls, c => c.Latency);

    /// <summary>
    /// As <see cref="Compute(IEnumerable{CallRecord})"/>, with each call's duration taken from <paramref name="latency"/>
    /// (e.g. <see cref="CallRecord.UncachedLatency"/> for what the query takes without the cache).
    /// </summary>
    public static TimeSpan Compute(IEnumerable<CallRecord> calls, Func<CallRecord, TimeSpan> latency)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var total = TimeSpan.Zero;
        foreach (var layer in ByLayer(calls, latency).Values)
        {
            total += layer;
        }

        return total;
    }

    /// <summary>The longest dependent chain of each layer, keyed by layer index.</summary>
    public static IReadOnlyDictionary<int, TimeSpan> ByLayer(IEnumerable<CallRecord> calls) => ByLayer(calls, c => c.Latency);

    /// <summary>The longest dependent chain of each layer with durations from <paramref name="latency"/>, keyed by layer index.</summary>
    public static IReadOnlyDictionary<int, TimeSpan> ByLayer(IEnumerable<CallRecord> calls, Func<CallRecord, TimeSpan> latency)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(latency);
        var layers = new SortedDictionary<int, TimeSpan>();
        foreach (var group in calls.GroupBy(c => (c.Layer, c.ComponentIndex, c.Sample)))
        {
            var longest = LongestChain(group.OrderBy(c => c.Attempt).ThenBy(c => c.StartOffset).ToArray(), latency);
            var layer = group.Key.Layer;
            layers[layer] = longest > layers.GetValueOrDefault(layer) ? longest : layers.GetValueOrDefault(layer);
        }

        return layers;
    }

    // Longest path through the calls of one component and sample; calls are sorted by attempt, so every
    // predecessor of a call comes before it.
    // The order and the "ended before" test use the observed latency (when calls really ran); the chain's length
    // uses the chosen duration.
    private static TimeSpan LongestChain(CallRecord[] calls, Func<CallRecord, TimeSpan> latency)
    {
        if (calls.Length == 1)
        {
            return latency(calls[0]);
        }

        var chain = new TimeSpan[calls.Length];
        var longest = TimeSpan.Zero;
        for (var b = 0; b < calls.Length; b++)
        {
            var before = TimeSpan.Zero;
            for (var a = 0; a < b; a++)
            {
                if (calls[a].Attempt < calls[b].Attempt
                    && calls[a].StartOffset + calls[a].Latency <= calls[b].StartOffset
                    && chain[a] > before)
                {
                    before = chain[a];
                }
            }

            chain[b] = before + latency(calls[b]);
            longest = chain[b] > longest ? chain[b] : longest;
        }

        return longest;
    }
}
