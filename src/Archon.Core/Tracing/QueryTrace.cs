namespace Archon.Core.Tracing;

/// <summary>Everything recorded about one query.</summary>
public sealed record QueryTrace
{
    /// <summary>Every model call, in start order.</summary>
    public required IReadOnlyList<CallRecord> Calls { get; init; }

    public IReadOnlyList<TraceWarning> Warnings { get; init; } = [];

    public required UsageTotals Totals { get; init; }

    /// <summary>Wall time of the whole query.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>
    /// Sum over layers of the longest chain of dependent calls in that layer: the wall time the query would take
    /// with unlimited concurrency and no overhead.
    /// </summary>
    public TimeSpan CriticalPath { get; init; }

    /// <summary>
    /// <see cref="CriticalPath"/> with each cache hit counted at its <see cref="CallRecord.UncachedLatency"/>: the
    /// query's latency in use, whatever the cache answered this time.
    /// </summary>
    public TimeSpan UncachedCriticalPath { get; init; }

    /// <summary>Per-layer timing and usage, in execution order (layers that did not start are absent).</summary>
    public IReadOnlyList<LayerTrace> Layers { get; init; } = [];
}
