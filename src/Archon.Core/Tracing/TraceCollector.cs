namespace Archon.Core.Tracing;

/// <summary>Collects the calls and warnings of one query from concurrent components. Thread-safe.</summary>
internal sealed class TraceCollector
{
    private readonly List<CallRecord> _calls = [];
    private readonly List<TraceWarning> _warnings = [];
    private readonly List<LayerTrace> _layers = [];
    private readonly Lock _gate = new();
    private decimal _cost;

    /// <summary>Cost of the calls recorded so far.</summary>
    public decimal CostUsd
    {
        get
        {
            lock (_gate)
            {
                return _cost;
            }
        }
    }

    public void AddCall(CallRecord call)
    {
        lock (_gate)
        {
            _calls.Add(call);
            _cost += call.CostUsd;
        }
    }

    public void AddWarning(TraceWarning warning)
    {
        lock (_gate)
        {
            _warnings.Add(warning);
        }
    }

    public void AddLayer(LayerTrace layer)
    {
        lock (_gate)
        {
            _layers.Add(layer);
        }
    }

    /// <summary>The calls of one layer recorded so far.</summary>
    public IReadOnlyList<CallRecord> CallsOfLayer(int layer)
    {
        lock (_gate)
        {
            return _calls.Where(c => c.Layer == layer).ToList();
        }
    }

    /// <summary>Builds the immutable trace; calls are ordered by start time (ties keep recording order).</summary>
    public QueryTrace Build(TimeSpan elapsed)
    {
        lock (_gate)
        {
            var calls = _calls.OrderBy(c => c.StartOffset).ToArray();
            return new QueryTrace
            {
                Calls = calls,
                Warnings = _warnings.ToArray(),
                Totals = UsageTotals.Sum(calls),
                Elapsed = elapsed,
                CriticalPath = CriticalPath.Compute(calls),
                UncachedCriticalPath = CriticalPath.Compute(calls, c => c.UncachedLatency > c.Latency ? c.UncachedLatency : c.Latency),
                Layers = _layers.ToArray(),
            };
        }
    }
}
