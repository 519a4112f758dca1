namespace Archon.Core.Candidates;

/// <summary>
/// A candidate response as it flows through the layers. It carries its own provenance and every annotation
/// later layers attach, so nothing lives in parallel lists that could drift apart. Immutable: components
/// return annotated copies with <c>with</c>.
/// </summary>
public sealed record Candidate
{
    /// <summary>Stable id within a query, e.g. <c>L0.generator0.s2</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The response text.</summary>
    public required string Text { get; init; }

    /// <summary>Which component, model and sample produced it.</summary>
    public required CandidateSource Source { get; init; }

    /// <summary>Strengths and weaknesses from a critic, if one ran.</summary>
    public Critique? Critique { get; init; }

    /// <summary>1-based rank assigned by the latest ranker or unit-test evaluator, if any.</summary>
    public int? Rank { get; init; }

    /// <summary>The latest verifier's verdict, if any.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>Per-test verdicts from a unit-test evaluator, if any.</summary>
    public IReadOnlyList<UnitTestOutcome>? UnitTestResults { get; init; }

    /// <summary>True when a simulated model produced the text.</summary>
    public bool Simulated { get; init; }

    /// <summary>Number of unit tests passed, or null when no unit-test evaluator ran.</summary>
    public int? UnitTestsPassed => UnitTestResults?.Count(r => r.Passed);
}
