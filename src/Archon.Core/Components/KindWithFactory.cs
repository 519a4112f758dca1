using Archon.Core.Architectures;
using Archon.Core.Candidates;

namespace Archon.Core.Components;

/// <summary>A registered kind whose components another factory now creates: the kind's merge rule and streaming stay.</summary>
internal sealed class KindWithFactory(IComponentKind kind, IComponentFactory factory) : IComponentKind
{
    public string Type => factory.Type;

    public bool RepliesWithCandidateText => kind.RepliesWithCandidateText;

    public IArchitectureComponent Create(ComponentConfig config) => factory.Create(config);

    public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        kind.Merge(incoming, outputs);

    public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow) => kind.EstimateWork(component, flow);

    public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow) => kind.PassOn(layer, flow);
}
