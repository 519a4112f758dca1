namespace Archon.Core.Tracing;

/// <summary>
/// Computes the critical path of a query from its calls. Within a layer, the calls one component makes for the
/// same sample (its re-asks after unparseable output, attempt 0, 1, …) depend on each other and form a chain; calls
/// for different samples or candidates, and calls of different components, are independent. The layer's critical
/// path is its longest chain; the query's is the sum over layers, because each layer waits for the previous one.
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
        var chains = new Dictionary<(int Layer, int Component, int Sample), TimeSpan>();
        foreach (var call in calls)
        {
            var key = (call.Layer, call.ComponentIndex, call.Sample);
            chains[key] = chains.GetValueOrDefault(key) + call.Latency;
        }

        var layers = new SortedDictionary<int, TimeSpan>();
        foreach (var (key, chain) in chains)
        {
            var longest = layers.GetValueOrDefault(key.Layer);
            layers[key.Layer] = chain > longest ? chain : longest;
        }

        return layers;
    }
}
