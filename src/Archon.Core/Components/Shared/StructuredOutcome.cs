using Archon.Core.Tracing;

namespace Archon.Core.Components.Shared;

/// <summary>The outcome of a structured call: the parsed value, or why there is none.</summary>
/// <param name="Value">The parsed reply, or null when every attempt was unparseable or the call failed.</param>
/// <param name="Attempts">Model calls made.</param>
/// <param name="Failure">Null on success; otherwise a short reason (unparseable output, or the call's error).</param>
/// <param name="CallFailed">True when the model call itself failed (as opposed to replies that could not be read).</param>
internal sealed record StructuredOutcome<T>(T? Value, int Attempts, string? Failure, bool CallFailed = false)
    where T : class
{
    /// <summary>The trace id of the call whose reply parsed, or -1.</summary>
    public int CallId { get; init; } = -1;

    /// <summary>The trace ids of the calls whose replies could not be read.</summary>
    public IReadOnlyList<int> UnreadableCallIds { get; init; } = [];

    /// <summary>
    /// The trace outcomes of these calls: each unreadable reply marked as such, and the reply that parsed as
    /// <paramref name="describe"/> tells (nothing for it when no reply parsed).
    /// </summary>
    public IReadOnlyList<CallOutcome> Outcomes(Func<CallOutcome, CallOutcome>? describe = null)
    {
        var outcomes = UnreadableCallIds.Select(id => new CallOutcome { CallId = id, Unparseable = true }).ToList();
        if (Value is not null && CallId >= 0)
        {
            var parsed = new CallOutcome { CallId = CallId };
            outcomes.Add(describe is null ? parsed : describe(parsed));
        }

        return outcomes;
    }
}
