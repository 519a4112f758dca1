using Archon.Core.Candidates;

namespace Archon.Core.Execution;

/// <summary>The combined output of one layer: the candidates passed on and the unit tests it produced.</summary>
/// <param name="Candidates">The candidates the next layer receives.</param>
/// <param name="UnitTests">Unit tests the layer's components wrote, in component order without repeats.</param>
public sealed record LayerOutcome(IReadOnlyList<Candidate> Candidates, IReadOnlyList<string> UnitTests);
