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
    public static TimeSpan Compute(IEnumerable<CallRecord> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var total = TimeSpan.Zero;
        foreach (var layer in ByLayer(calls).Values)
        {
            total += layer;
        }

        return total;
    }

    /// <summary>The longest dependent chain of each layer, keyed by layer index.</summary>
    public static IReadOnlyDictionary<int, TimeSpan> ByLayer(IEnumerable<CallRecord> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var layers = new SortedDictionary<int, TimeSpan>();
        foreach (var group in calls.GroupBy(c => (c.Layer, c.ComponentIndex, c.Sample)))
        {
            var longest = LongestChain(group.OrderBy(c => c.Attempt).ThenBy(c => c.StartOffset).ToArray());
            var layer = group.Key.Layer;
            layers[layer] = longest > layers.GetValueOrDefault(layer) ? longest : layers.GetValueOrDefault(layer);
        }

        return layers;
    }

    // Longest path through the calls of one component and sample; calls are sorted by attempt, so every
    // predecessor of a call comes before it.
    private static TimeSpan LongestChain(CallRecord[] calls)
    {
        if (calls.Length == 1)
        {
            return calls[0].Latency;
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

            chain[b] = before + calls[b].Latency;
            longest = chain[b] > longest ? chain[b] : longest;
        }

        return longest;
    }
}
