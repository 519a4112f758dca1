namespace Archon.Core.Tracing;

/// <summary>Collects the calls and warnings of one query from concurrent components. Thread-safe.</summary>
internal sealed class TraceCollector
{
    private readonly List<CallRecord> _calls = [];
    private readonly List<TraceWarning> _warnings = [];
    private readonly List<LayerTrace> _layers = [];
    private readonly Dictionary<int, CallOutcome> _outcomes = [];
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

    /// <summary>Records a call and returns its <see cref="CallRecord.Id"/>.</summary>
    public int AddCall(CallRecord call)
    {
        lock (_gate)
        {
            var id = _calls.Count;
            _calls.Add(call with { Id = id });
            _cost += call.CostUsd;
            return id;
        }
    }

    /// <summary>Records what calls contributed; outcomes naming no recorded call are ignored.</summary>
    public void AddOutcomes(IEnumerable<CallOutcome> outcomes)
    {
        lock (_gate)
        {
            foreach (var outcome in outcomes)
            {
                _outcomes[outcome.CallId] = outcome;
            }
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
            var calls = _calls
                .Select(c => _outcomes.TryGetValue(c.Id, out var outcome) ? c with { Outcome = outcome } : c)
                .OrderBy(c => c.StartOffset)
                .ToArray();
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
