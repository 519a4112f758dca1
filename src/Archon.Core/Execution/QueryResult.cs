using Archon.Core.Candidates;
using Archon.Core.Tracing;

namespace Archon.Core.Execution;

/// <summary>The result of one query through an architecture.</summary>
public sealed record QueryResult
{
    /// <summary>The final answer (the selected candidate's text; empty when nothing was produced).</summary>
    public required string Answer { get; init; }

    /// <summary>The selected candidate, or null when no layer produced one.</summary>
    public Candidate? Final { get; init; }

    /// <summary>All candidates the last executed layer produced, in order.</summary>
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    /// <summary>Unit tests generated during the query.</summary>
    public IReadOnlyList<string> UnitTests { get; init; } = [];

    /// <summary>Per-call trace and totals.</summary>
    public required QueryTrace Trace { get; init; }

    /// <summary>Why the query stopped.</summary>
    public StopReason StopReason { get; init; } = StopReason.Completed;

    /// <summary>A sentence explaining an early stop, or null when completed.</summary>
    public string? StopDetail { get; init; }

    /// <summary>
    /// The components that produced nothing and were not <c>optional</c>; non-empty exactly when
    /// <see cref="StopReason"/> is <see cref="Execution.StopReason.Failed"/>. Such a query is an error: the CLI exits
    /// non-zero, a benchmark counts the item in its errors.
    /// </summary>
    public IReadOnlyList<ComponentFailure> Failures { get; init; } = [];

    /// <summary>True when the query failed (see <see cref="Failures"/>).</summary>
    public bool Failed => StopReason == StopReason.Failed;

    /// <summary>
    /// True when <see cref="Answer"/> is exactly the concatenation of the deltas written to
    /// <see cref="QueryOptions.FinalLayerDeltas"/>; false when nothing was streamed, or when the streamed call failed
    /// or was stopped part-way and the answer came from an earlier layer.
    /// </summary>
    public bool AnswerStreamed { get; init; }

    /// <summary>True when any simulated model contributed.</summary>
    public bool Simulated { get; init; }
}
