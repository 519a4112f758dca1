namespace Archon.Core.Tracing;

/// <summary>One model call in a query's trace.</summary>
public sealed record CallRecord
{
    public required int Layer { get; init; }
    public required string Component { get; init; }
    public int ComponentIndex { get; init; }
    public required string Model { get; init; }
    public int Sample { get; init; }
    public int Attempt { get; init; }

    /// <summary>When the call started, relative to the start of the query.</summary>
    public TimeSpan StartOffset { get; init; }

    public TimeSpan Latency { get; init; }
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }
    public decimal CostUsd { get; init; }
    public bool CacheHit { get; init; }

    /// <summary>Transport retries the pipeline made (e.g. after HTTP 429).</summary>
    public int Retries { get; init; }

    public bool Simulated { get; init; }

    /// <summary>Error message when the call failed, else null.</summary>
    public string? Error { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
