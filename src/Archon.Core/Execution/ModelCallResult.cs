namespace Archon.Core.Execution;

/// <summary>The outcome of one model call.</summary>
/// <param name="Text">The response text.</param>
/// <param name="Simulated">True when a simulated model answered.</param>
public sealed record ModelCallResult(string Text, bool Simulated);
