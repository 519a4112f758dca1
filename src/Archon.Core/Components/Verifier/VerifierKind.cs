using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Verifier;

/// <summary>The <c>verifier</c> kind: components drop the candidates that fail verification; with several verifiers a candidate stays when none failed it (<see cref="VerdictMerge"/>).</summary>
internal sealed class VerifierKind(ILogger logger, int parseRetries) : IComponentKind
{
    public string Type => ComponentTypes.Verifier;

    public bool RepliesWithCandidateText => false;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new VerifierComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }

    public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        VerdictMerge.Merge(incoming, outputs);

    public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return new(
            flow.Count,
            flow.Count * (WorkEstimate.PromptBase + flow.Length),
            flow.Count * WorkEstimate.Cap(component, WorkEstimate.VerdictTokens));
    }

    public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(flow);
        return flow with { Count = WorkEstimate.Keep(flow.Count, layer.Components.Max(c => c.GetInt(ComponentKeys.FirstK) ?? int.MaxValue)) };
    }
}
