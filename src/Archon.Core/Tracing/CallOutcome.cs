using Archon.Core.Candidates;

namespace Archon.Core.Tracing;

/// <summary>
/// What one model call contributed, as its component read the reply: the candidates a generator or fuser call
/// produced, the critiques, verdicts or unit-test results it attached to candidates, a ranker's order, or the unit
/// tests it wrote. Components report one per call in <see cref="Components.ComponentOutput.Calls"/>; the trace
/// attaches it to the call's <see cref="CallRecord"/>.
/// </summary>
public sealed record CallOutcome
{
    /// <summary>The call's <see cref="CallRecord.Id"/> (from <see cref="Models.ModelCallResult.CallId"/>).</summary>
    public required int CallId { get; init; }

    /// <summary>New candidates the call produced (generators, fusers).</summary>
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    /// <summary>Annotations the call attached to existing candidates (critiques, verdicts, unit-test results).</summary>
    public IReadOnlyList<CandidateAnnotation> Annotations { get; init; } = [];

    /// <summary>A ranker's order: every candidate id, best first (the kept ones are the first <c>top_k</c>).</summary>
    public IReadOnlyList<string>? Ranking { get; init; }

    /// <summary>Unit tests the call wrote.</summary>
    public IReadOnlyList<string>? UnitTests { get; init; }

    /// <summary>True when the reply could not be read (the component asked again or fell back).</summary>
    public bool Unparseable { get; init; }
}
