using Archon.Core.Candidates;
using Archon.Core.Tracing;

namespace Archon.Core.Components;

/// <summary>
/// What a component returns. Generators and fusers return new candidates; rankers return the kept candidates in
/// ranked order; critics, verifiers and unit-test evaluators return annotated copies; a unit-test generator returns
/// the incoming candidates unchanged plus <see cref="UnitTests"/>.
/// </summary>
public sealed record ComponentOutput(IReadOnlyList<Candidate> Candidates)
{
    /// <summary>Unit tests produced by this component, or null when it produces none.</summary>
    public IReadOnlyList<string>? UnitTests { get; init; }

    /// <summary>Degradations that happened (e.g. unparseable ranking, incoming order kept).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What each of the component's model calls contributed, for the trace (one entry per call it read).</summary>
    public IReadOnlyList<CallOutcome> Calls { get; init; } = [];

    /// <summary>The candidates of several outputs one after another, in output order: how new candidates merge.</summary>
    public static IReadOnlyList<Candidate> Concatenate(IReadOnlyList<ComponentOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return outputs.SelectMany(o => o.Candidates).ToArray();
    }
}
