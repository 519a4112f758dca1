using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.UnitTestEvaluator;

/// <summary>The <c>unit_test_evaluator</c> kind: components rank candidates by unit tests passed; several evaluators' results are concatenated per candidate and re-ranked (<see cref="UnitTestMerge"/>).</summary>
internal sealed class UnitTestEvaluatorKind(ILogger logger, int parseRetries) : IComponentKind
{
    public string Type => ComponentTypes.UnitTestEvaluator;

    public bool RepliesWithCandidateText => false;

    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new UnitTestEvaluatorComponent(config, new StructuredCaller(logger, parseRetries), logger);
    }

    public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        UnitTestMerge.Merge(incoming, outputs);

    public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var tests = flow.UnitTests * (long)WorkEstimate.UnitTestTokens;
        return new(
            flow.Count,
            flow.Count * (WorkEstimate.PromptBase + flow.Length + tests),
            flow.Count * WorkEstimate.Cap(component, tests));
    }

    public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(flow);
        var keep = layer.Components.Max(c => Math.Min(c.TopK ?? int.MaxValue, c.GetInt(ComponentKeys.FirstK) ?? int.MaxValue));
        return flow with { Count = WorkEstimate.Keep(flow.Count, keep), UnitTests = 0 };
    }
}
