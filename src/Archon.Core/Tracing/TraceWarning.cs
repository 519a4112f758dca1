namespace Archon.Core.Tracing;

/// <summary>A degradation recorded during a query (e.g. a ranker's output could not be parsed).</summary>
public sealed record TraceWarning(int Layer, string Component, int ComponentIndex, string Message);
