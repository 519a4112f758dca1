using Archon.Core.Candidates;

namespace Archon.Core.Tracing;

/// <summary>What one call said about one candidate: at most one of each annotation kind.</summary>
/// <param name="CandidateId">The candidate's <see cref="Candidate.Id"/>.</param>
public sealed record CandidateAnnotation(string CandidateId)
{
    /// <summary>A critic's strengths and weaknesses.</summary>
    public Critique? Critique { get; init; }

    /// <summary>A verifier's verdict.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>A unit-test evaluator's per-test results.</summary>
    public IReadOnlyList<UnitTestOutcome>? UnitTestResults { get; init; }
}
