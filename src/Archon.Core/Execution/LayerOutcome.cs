using Archon.Core.Candidates;

namespace Archon.Core.Execution;

/// <summary>The combined output of one layer: the candidates passed on and the unit tests it produced.</summary>
internal sealed record LayerOutcome(IReadOnlyList<Candidate> Candidates, IReadOnlyList<string> UnitTests);
