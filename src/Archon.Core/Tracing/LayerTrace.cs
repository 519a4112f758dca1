namespace Archon.Core.Tracing;

/// <summary>Timing and usage of one executed layer.</summary>
/// <param name="Layer">0-based layer index.</param>
/// <param name="Type">The layer's component type.</param>
/// <param name="Components">Number of components in the layer.</param>
/// <param name="StartOffset">When the layer started, relative to the start of the query.</param>
/// <param name="Elapsed">Wall time of the layer (from its start until every component finished).</param>
/// <param name="CriticalPath">Longest chain of dependent calls in the layer.</param>
/// <param name="Totals">Usage of the layer's calls.</param>
/// <param name="Completed">False when a budget or cancellation stopped the layer before all its components finished, or a failed component stopped the query after it.</param>
public sealed record LayerTrace(
    int Layer,
    string Type,
    int Components,
    TimeSpan StartOffset,
    TimeSpan Elapsed,
    TimeSpan CriticalPath,
    UsageTotals Totals,
    bool Completed);
