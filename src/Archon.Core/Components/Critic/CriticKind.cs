using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Critic;

/// <summary>The <c>critic</c> kind: components attach strengths and weaknesses to each candidate; several critics' critiques merge per candidate (<see cref="CritiqueMerge"/>).</summary>
internal sealed class CriticKind(ILogger logger, int parseRetries) : IComponentKind
{
    public string Type => ComponentTypes.Critic;

    public bool RepliesWithCandidateText => false;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new CriticComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }

    public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        CritiqueMerge.Merge(incoming, outputs);

    public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow) =>
        new(1, WorkEstimate.PromptBase + WorkEstimate.Shown(flow), WorkEstimate.Cap(component, WorkEstimate.CritiqueTokens * (long)flow.Count));

    public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return flow with { HasCritiques = true };
    }
}
