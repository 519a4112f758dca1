using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.UnitTestGenerator;

/// <summary>The <c>unit_test_generator</c> kind: components write unit tests and pass the candidates through unchanged, so several of them pass the incoming candidates on (their tests are collected by the layer).</summary>
internal sealed class UnitTestGeneratorKind(ILogger logger, int parseRetries) : IComponentKind
{
    public string Type => ComponentTypes.UnitTestGenerator;

    public bool RepliesWithCandidateText => false;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new UnitTestGeneratorComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }

    public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        incoming;

    public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow) =>
        new(1, WorkEstimate.PromptBase, WorkEstimate.Cap(component, WorkEstimate.UnitTestTokens * (long)TestCount(component)));

    public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(flow);
        return flow with { UnitTests = layer.Components.Max(TestCount) };
    }

    private static int TestCount(ComponentConfig component) =>
        component.GetInt(ComponentKeys.UnitTestCap) ?? ArchitectureDefaults.UnitTestCount;
}
