namespace Archon.Core.Candidates;

/// <summary>Provenance of a candidate.</summary>
/// <param name="Layer">0-based layer index.</param>
/// <param name="Component">Component type that produced it (e.g. <c>generator</c>, <c>fuser</c>).</param>
/// <param name="ComponentIndex">Index of the component within its layer.</param>
/// <param name="Model">Model name from the catalog.</param>
/// <param name="Sample">0-based sample index.</param>
public sealed record CandidateSource(int Layer, string Component, int ComponentIndex, string Model, int Sample);
