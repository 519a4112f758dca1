using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Fuser;

/// <summary>The <c>fuser</c> kind: components fuse the incoming candidates into new ones; several fusers' candidates are concatenated in component order (MoA-style).</summary>
internal sealed class FuserKind(ILogger logger) : IComponentKind
{
    public string Type => ComponentTypes.Fuser;

    public bool RepliesWithCandidateText => true;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new FuserComponent(config, logger);
    }

    public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        ComponentOutput.Concatenate(outputs);

    public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(component);
        var samples = Math.Max(component.Samples, 0);
        return new(samples, samples * (WorkEstimate.PromptBase + WorkEstimate.Shown(flow)), samples * WorkEstimate.Answer(component));
    }

    public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow) => WorkEstimate.NewCandidates(layer);
}
