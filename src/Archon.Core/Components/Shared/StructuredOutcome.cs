namespace Archon.Core.Components.Shared;

/// <summary>The outcome of a structured call: the parsed value, or why there is none.</summary>
/// <param name="Value">The parsed reply, or null when every attempt was unparseable or the call failed.</param>
/// <param name="Attempts">Model calls made.</param>
/// <param name="Failure">Null on success; otherwise a short reason (unparseable output, or the call's error).</param>
/// <param name="CallFailed">True when the model call itself failed (as opposed to replies that could not be read).</param>
internal sealed record StructuredOutcome<T>(T? Value, int Attempts, string? Failure, bool CallFailed = false)
    where T : class;
