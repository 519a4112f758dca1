namespace Archon.Core.Tracing;

/// <summary>One model call in a query's trace.</summary>
public sealed record CallRecord
{
    /// <summary>The call's number within its query, in the order calls were recorded (0, 1, …).</summary>
    public int Id { get; init; }

    public required int Layer { get; init; }
    public required string Component { get; init; }
    public int ComponentIndex { get; init; }
    public required string Model { get; init; }
    public int Sample { get; init; }
    public int Attempt { get; init; }

    /// <summary>When the call started, relative to the start of the query.</summary>
    public TimeSpan StartOffset { get; init; }

    public TimeSpan Latency { get; init; }

    /// <summary>
    /// What the call takes when the model answers it: <see cref="Latency"/> for a fresh call; for a cache hit, the
    /// latency stored with the cache entry (a cached call still costs this much time in use).
    /// </summary>
    public TimeSpan UncachedLatency { get; init; }

    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }
    /// <summary>
    /// Dollars this call cost: every attempt the provider billed (a retried attempt that timed out included), and 0
    /// when the cache answered it.
    /// </summary>
    public decimal CostUsd { get; init; }

    /// <summary>What the call costs at catalog prices whether or not the cache answered it (its cost in use).</summary>
    public decimal ListCostUsd { get; init; }

    public bool CacheHit { get; init; }

    /// <summary>Transport retries the pipeline made (e.g. after HTTP 429).</summary>
    public int Retries { get; init; }

    public bool Simulated { get; init; }

    /// <summary>How a structured reply was asked for (<c>json_schema</c>, <c>json_object</c>, <c>prompt</c>), or null for text calls.</summary>
    public string? StructuredOutput { get; init; }

    /// <summary>Error message when the call failed, else null.</summary>
    public string? Error { get; init; }

    /// <summary>Notices about the call, e.g. that the endpoint refused a response format and the prompt asked for the JSON instead.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What the call contributed as its component read the reply, or null when it reported nothing (e.g. a failed call).</summary>
    public CallOutcome? Outcome { get; init; }
}
