using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Ranker;

/// <summary>The <c>ranker</c> kind: components keep the best candidates in ranked order; several rankers' orders merge by Borda count (<see cref="RankingMerge"/>).</summary>
internal sealed class RankerKind(ILogger logger, int parseRetries) : IComponentKind
{
    public string Type => ComponentTypes.Ranker;

    public bool RepliesWithCandidateText => false;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new RankerComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }

    public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        RankingMerge.Merge(outputs);

    public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow) =>
        new(1, WorkEstimate.PromptBase + WorkEstimate.Shown(flow), WorkEstimate.Cap(component, WorkEstimate.RankingTokensPerCandidate * (long)flow.Count));

    public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(flow);
        return flow with { Count = layer.Components.Sum(c => Math.Min(flow.Count, c.TopK ?? ArchitectureDefaults.RankerTopK)) };
    }
}
