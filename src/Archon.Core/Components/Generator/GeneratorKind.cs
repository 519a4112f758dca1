using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Generator;

/// <summary>The <c>generator</c> kind: components answer the conversation; several generators' candidates are concatenated in component order.</summary>
internal sealed class GeneratorKind(ILogger logger) : IComponentKind
{
    public string Type => ComponentTypes.Generator;

    public bool RepliesWithCandidateText => true;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new GeneratorComponent(config, logger);
    }

    public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        ComponentOutput.Concatenate(outputs);

    public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(component);
        var samples = Math.Max(component.Samples, 0);
        return new(samples, samples * WorkEstimate.PromptBase, samples * WorkEstimate.Answer(component));
    }

    public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow) => WorkEstimate.NewCandidates(layer);
}
