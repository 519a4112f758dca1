using System.Threading.Channels;

namespace Archon.Core.Execution;

/// <summary>
/// Per-query limits, and where to stream the answer. A query that reaches a limit stops cleanly and returns what
/// was done with the reason.
/// </summary>
public sealed record QueryOptions
{
    /// <summary>Maximum model calls, or null for no limit.</summary>
    public int? MaxCalls { get; init; }

    /// <summary>Maximum cost in US dollars, or null for no limit.</summary>
    public decimal? MaxCostUsd { get; init; }

    /// <summary>Maximum wall time, or null for no limit.</summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>
    /// Receives the answer's text deltas while the final model call runs, or null (the default) for no streaming.
    /// Only a last layer of one generator or fuser with one sample streams: its one call is made with
    /// <c>GetStreamingResponseAsync</c> and each text delta is written here as it arrives (a cached reply arrives as
    /// one delta). Any other last layer writes nothing. <see cref="QueryResult.AnswerStreamed"/> tells whether the
    /// deltas add up to the answer; a call that fails or is stopped part-way leaves a prefix that does not. The
    /// runner never completes the writer.
    /// </summary>
    public ChannelWriter<string>? FinalLayerDeltas { get; init; }

    /// <summary>The default: no limits.</summary>
    public static QueryOptions None { get; } = new();

    /// <summary>Throws when a limit is negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">MaxCalls, MaxCostUsd or Deadline is below zero.</exception>
    public void ThrowIfInvalid()
    {
        if (MaxCalls is < 0)
        {
            throw new ArgumentOutOfRangeException("options", MaxCalls, "QueryOptions.MaxCalls must be ≥ 0.");
        }

        if (MaxCostUsd is < 0m)
        {
            throw new ArgumentOutOfRangeException("options", MaxCostUsd, "QueryOptions.MaxCostUsd must be ≥ 0.");
        }

        if (Deadline is { } deadline && deadline < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException("options", deadline, "QueryOptions.Deadline must not be negative.");
        }
    }
}
