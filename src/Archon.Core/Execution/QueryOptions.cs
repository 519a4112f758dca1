namespace Archon.Core.Execution;

/// <summary>Per-query limits. A query that reaches one stops cleanly and returns what was done with the reason.</summary>
public sealed record QueryOptions
{
    /// <summary>Maximum model calls, or null for no limit.</summary>
    public int? MaxCalls { get; init; }

    /// <summary>Maximum cost in US dollars, or null for no limit.</summary>
    public decimal? MaxCostUsd { get; init; }

    /// <summary>Maximum wall time, or null for no limit.</summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>The default: no limits.</summary>
    public static QueryOptions None { get; } = new();
}
