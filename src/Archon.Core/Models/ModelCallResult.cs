namespace Archon.Core.Models;

/// <summary>The outcome of one model call.</summary>
/// <param name="Text">The response text.</param>
/// <param name="Simulated">True when a simulated model answered.</param>
public sealed record ModelCallResult(string Text, bool Simulated)
{
    /// <summary>The call's <see cref="Tracing.CallRecord.Id"/> in the query's trace; -1 when no trace recorded it.</summary>
    public int CallId { get; init; } = -1;
}
