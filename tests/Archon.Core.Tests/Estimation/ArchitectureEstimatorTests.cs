using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Estimation;
using Archon.Core.Tests.Architectures;
using Archon.Core.Models;

namespace Archon.Core.Tests.Estimation;

public sealed class ArchitectureEstimatorTests
{
    private static readonly Func<string, ModelPricing?> NoPrices = _ => null;

    [Fact]
    public void Estimate_EnsembleExample_ThirteenCallsOverFourLayers()
    {
        var estimate = ArchitectureEstimator.Estimate(Example("ensemble.json"), NoPrices);

        Assert.Equal(4, estimate.Layers);
        Assert.Equal(4, estimate.Components);
        Assert.Equal(13, estimate.CallsPerQuery);
        Assert.Equal([10, 1, 1, 1], estimate.PerLayer.Select(l => l.Calls));
        Assert.Equal([0, 10, 5, 5], estimate.PerLayer.Select(l => l.CandidatesIn));
        Assert.Equal([10, 5, 5, 1], estimate.PerLayer.Select(l => l.CandidatesOut));
    }

    [Theory]
    [InlineData("single-model.json", 1)]
    [InlineData("moa.json", 10)]
    [InlineData("critic-ranker-fuser.json", 11)]
    [InlineData("unit-tests.json", 14)]
    [InlineData("verifier.json", 13)]
    [InlineData("critique-fuse-rank.json", 14)]
    public void Estimate_Examples_CallsFollowLayerSemantics(string file, int calls)
    {
        Assert.Equal(calls, ArchitectureEstimator.Estimate(Example(file), NoPrices).CallsPerQuery);
    }

    [Fact]
    public void Estimate_RankerWithoutTopK_KeepsDefaultFive()
    {
        var estimate = Estimate("""
            [{"type": "generator", "model": "m", "samples": 8}],
            [{"type": "ranker", "model": "m"}],
            [{"type": "verifier", "model": "m"}]
            """);

        Assert.Equal(ArchitectureDefaults.RankerTopK, estimate.PerLayer[1].CandidatesOut);
        Assert.Equal(5, estimate.PerLayer[2].Calls);
    }

    [Fact]
    public void Estimate_VerifierAndEvaluator_OneCallPerIncomingCandidate()
    {
        var estimate = Estimate("""
            [{"type": "generator", "model": "a", "samples": 3}, {"type": "generator", "model": "b", "samples": 4}],
            [{"type": "verifier", "model": "m", "first_k": 2}],
            [{"type": "unit_test_generator", "model": "m"}],
            [{"type": "unit_test_evaluator", "model": "m"}]
            """);

        Assert.Equal([7, 7, 1, 2], estimate.PerLayer.Select(l => l.Calls));
        Assert.Equal([7, 2, 2, 2], estimate.PerLayer.Select(l => l.CandidatesOut));
    }

    [Fact]
    public void Estimate_SeveralFusersWithSamples_EachSampleIsACallAndACandidate()
    {
        var estimate = Estimate("""
            [{"type": "generator", "model": "m", "samples": 2}],
            [{"type": "fuser", "model": "m", "samples": 2}, {"type": "fuser", "model": "m"}]
            """);

        Assert.Equal(3, estimate.PerLayer[1].Calls);
        Assert.Equal(3, estimate.PerLayer[1].CandidatesOut);
    }

    [Fact]
    public void Estimate_SingleGenerator_TokensFollowTheDocumentedHeuristic()
    {
        var estimate = Estimate("""[{"type": "generator", "model": "m", "max_tokens": 1000, "samples": 2}]""");

        Assert.Equal(2 * (WorkEstimate.QueryTokens + WorkEstimate.InstructionTokens), estimate.EstimatedInputTokens);
        Assert.Equal(2 * 500, estimate.EstimatedOutputTokens);
    }

    [Fact]
    public void Estimate_FuserPrompt_GrowsWithCandidatesAndCritiques()
    {
        var withoutCritic = Estimate("""
            [{"type": "generator", "model": "m", "max_tokens": 1000, "samples": 4}],
            [{"type": "fuser", "model": "m"}]
            """);
        var withCritic = Estimate("""
            [{"type": "generator", "model": "m", "max_tokens": 1000, "samples": 4}],
            [{"type": "critic", "model": "m"}],
            [{"type": "fuser", "model": "m", "use_critiques": true}]
            """);

        const int Base = WorkEstimate.QueryTokens + WorkEstimate.InstructionTokens;
        Assert.Equal(Base + (4 * 500), withoutCritic.PerLayer[1].InputTokens);
        Assert.Equal(Base + (4 * (500 + WorkEstimate.CritiqueTokens)), withCritic.PerLayer[2].InputTokens);
    }

    [Fact]
    public void Estimate_OutputNeverExceedsMaxTokens()
    {
        var estimate = Estimate("""
            [{"type": "generator", "model": "m", "samples": 40}],
            [{"type": "critic", "model": "m", "max_tokens": 100}]
            """);

        Assert.Equal(100, estimate.PerLayer[1].OutputTokens);
    }

    [Fact]
    public void Estimate_Pricing_CostIsSumOverPricedModelsAndUnpricedAreListed()
    {
        var pricing = new Dictionary<string, ModelPricing> { ["cheap"] = new(1m, 2m) };
        var architecture = ArchitectureLoader.Parse("""
            {"name": "n", "layers": [
                [{"type": "generator", "model": "cheap", "max_tokens": 1000}],
                [{"type": "fuser", "model": "unknown", "max_tokens": 1000}]
            ]}
            """).Architecture!;

        var estimate = ArchitectureEstimator.Estimate(architecture, m => pricing.GetValueOrDefault(m));

        var expected = new ModelPricing(1m, 2m).Cost(estimate.PerLayer[0].InputTokens, estimate.PerLayer[0].OutputTokens);
        Assert.Equal(expected, estimate.EstimatedCostUsd);
        Assert.True(estimate.EstimatedCostUsd > 0m);
        Assert.Equal(["unknown"], estimate.UnpricedModels);
    }

    [Fact]
    public void ToSummary_EnsembleWithPrices_OneLineWithCallsTokensAndDollars()
    {
        var estimate = ArchitectureEstimator.Estimate(Example("ensemble.json"), _ => new ModelPricing(1m, 1m));

        var summary = estimate.ToSummary();

        Assert.StartsWith("4 layers, 4 components, 13 model calls per query, ~", summary, StringComparison.Ordinal);
        Assert.EndsWith("per query (estimate)", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("without prices", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSummary_UnpricedModels_AreNamed()
    {
        var summary = ArchitectureEstimator.Estimate(Example("ensemble.json"), NoPrices).ToSummary();

        Assert.Contains("without prices for sim-medium, sim-large", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_RegistryWithCustomKind_UsesTheKindsOwnEstimate()
    {
        var registry = BuiltInComponents.CreateRegistry().Register(new TwoCallsPerCandidateKind());
        var architecture = new ArchitectureConfig("custom", [
            new LayerConfig([new ComponentConfig { Type = ComponentTypes.Generator, Model = "m", Samples = 3 }]),
            new LayerConfig([new ComponentConfig { Type = "double_check", Model = "m" }]),
        ]);

        var estimate = ArchitectureEstimator.Estimate(architecture, NoPrices, registry);

        Assert.Equal([3, 6], estimate.PerLayer.Select(l => l.Calls));
        Assert.Equal(1, estimate.PerLayer[1].CandidatesOut);
        Assert.Equal(3 + 1, ArchitectureEstimator.Estimate(architecture, NoPrices).CallsPerQuery);
    }

    private sealed class TwoCallsPerCandidateKind : IComponentKind
    {
        public string Type => "double_check";

        public bool RepliesWithCandidateText => false;

        public IArchitectureComponent Create(ComponentConfig config) => throw new InvalidOperationException();

        public IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) => incoming;

        public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow) => new(2 * flow.Count, 0, 0);

        public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow) => flow with { Count = 1 };
    }

    private static ArchitectureEstimate Estimate(string layers)
    {
        var result = ArchitectureLoader.Parse($$"""{"name": "t", "layers": [{{layers}}]}""");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return ArchitectureEstimator.Estimate(result.Architecture!, NoPrices);
    }

    private static ArchitectureConfig Example(string file)
    {
        var result = ArchitectureLoader.LoadFile(Path.Combine(RepositoryFiles.ExamplesFolder, file));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Architecture!;
    }
}
