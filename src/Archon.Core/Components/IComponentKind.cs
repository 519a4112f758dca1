using Archon.Core.Architectures;
using Archon.Core.Candidates;

namespace Archon.Core.Components;

/// <summary>
/// A component kind: it creates its components (as an <see cref="IComponentFactory"/>) and owns the rule by which
/// the outputs of several of its components in one layer become the candidates the next layer receives. Each built-in
/// kind lives in its own folder with its prompt and reply parser; <see cref="BuiltIn.BuiltInComponents"/> registers
/// them. A factory registered without this interface merges by concatenation and does not stream.
/// </summary>
public interface IComponentKind : IComponentFactory
{
    /// <summary>
    /// True when a component of this kind replies with a candidate's text itself, so that a last layer of one such
    /// component with one sample can stream its answer (see <see cref="Execution.QueryOptions.FinalLayerDeltas"/>).
    /// </summary>
    bool RepliesWithCandidateText { get; }

    /// <summary>
    /// Merges the outputs of two or more components of this kind that ran in one layer (in component order; outputs
    /// of failed components are absent) into the next layer's candidates. Must be a pure function of its arguments.
    /// </summary>
    /// <param name="incoming">The candidates the layer received.</param>
    /// <param name="outputs">The components' outputs, at least two.</param>
    IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs);

    /// <summary>
    /// Estimated calls and tokens of one component of this kind for one query (the worst case: no early stop), given
    /// what reaches its layer. By default one call that shows the candidates and writes an answer.
    /// </summary>
    ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow) => WorkEstimate.Custom(component, flow);

    /// <summary>What a layer of this kind passes on, in the worst case (the most candidates). By default what reached it.</summary>
    CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow) => flow;
}
