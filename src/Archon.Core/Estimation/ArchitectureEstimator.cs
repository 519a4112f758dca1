using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Models;

namespace Archon.Core.Estimation;

/// <summary>
/// Estimates the work of one query through an architecture: model calls (exact for the worst case: no early stop,
/// every candidate kept) and tokens and dollars (a heuristic, see below). Candidate counts flow from layer to layer:
/// generators produce Σ samples; each fuser produces its samples; a ranker keeps <c>top_k</c>
/// (default <see cref="ArchitectureDefaults.RankerTopK"/>); critics, verifiers and unit-test components keep every
/// candidate (a verifier or evaluator with <c>first_k</c> or an evaluator with <c>top_k</c> keeps at most that many).
/// </summary>
/// <remarks>
/// Each kind owns its estimate (<see cref="IComponentKind.EstimateWork"/>, <see cref="IComponentKind.PassOn"/>).
/// Calls per component: generator and fuser = <c>samples</c>; ranker, critic and unit-test generator = 1; verifier and
/// unit-test evaluator = one per incoming candidate; a custom type = 1.
/// Token heuristic (an estimate, not a measurement): every prompt carries the query
/// (<see cref="WorkEstimate.QueryTokens"/>) and the component's instructions (<see cref="WorkEstimate.InstructionTokens"/>); a prompt that shows
/// candidates adds each candidate's length, and their critiques when a critic ran before. A written answer (generator,
/// fuser, custom) is assumed to use <see cref="WorkEstimate.AnswerShare"/> of <c>max_tokens</c>; structured outputs are short and
/// sized by what they list (<see cref="WorkEstimate.CritiqueTokens"/> per candidate, <see cref="WorkEstimate.RankingTokensPerCandidate"/> per
/// ranked candidate, <see cref="WorkEstimate.VerdictTokens"/> per verdict, <see cref="WorkEstimate.UnitTestTokens"/> per unit test). No output
/// exceeds <c>max_tokens</c>. Dollars come from the pricing lookup; models it does not know cost nothing and are listed.
/// </remarks>
public static class ArchitectureEstimator
{
    private static readonly Lazy<ComponentRegistry> BuiltIn = new(() => BuiltInComponents.CreateRegistry());

    /// <summary>Estimates <paramref name="architecture"/> with the built-in kinds' estimates; <paramref name="pricing"/> returns a model's price or null.</summary>
    public static ArchitectureEstimate Estimate(ArchitectureConfig architecture, Func<string, ModelPricing?> pricing) =>
        Estimate(architecture, pricing, BuiltIn.Value);

    /// <summary>Estimates <paramref name="architecture"/> with the estimates of the kinds in <paramref name="registry"/>.</summary>
    public static ArchitectureEstimate Estimate(ArchitectureConfig architecture, Func<string, ModelPricing?> pricing, ComponentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentNullException.ThrowIfNull(registry);
        var flow = new CandidateFlow();
        var perLayer = new List<LayerEstimate>();
        var unpriced = new List<string>();
        for (var i = 0; i < architecture.Layers.Count; i++)
        {
            var layer = architecture.Layers[i];
            var candidatesIn = flow.Count;
            int calls = 0;
            long input = 0, output = 0;
            decimal cost = 0m;
            foreach (var component in layer.Components)
            {
                var work = registry.EstimateWork(component, flow);
                calls += work.Calls;
                input += work.InputTokens;
                output += work.OutputTokens;
                if (pricing(component.Model) is { } price)
                {
                    cost += price.Cost(work.InputTokens, work.OutputTokens);
                }
                else if (!unpriced.Contains(component.Model, StringComparer.Ordinal))
                {
                    unpriced.Add(component.Model);
                }
            }

            flow = registry.PassOn(layer, flow);
            perLayer.Add(new LayerEstimate(i, layer.Type, calls, candidatesIn, flow.Count, input, output, cost));
        }

        return new ArchitectureEstimate
        {
            Layers = architecture.Layers.Count,
            Components = architecture.Layers.Sum(l => l.Components.Count),
            CallsPerQuery = perLayer.Sum(l => l.Calls),
            EstimatedInputTokens = perLayer.Sum(l => l.InputTokens),
            EstimatedOutputTokens = perLayer.Sum(l => l.OutputTokens),
            EstimatedCostUsd = perLayer.Sum(l => l.CostUsd),
            UnpricedModels = unpriced,
            PerLayer = perLayer,
        };
    }
}
