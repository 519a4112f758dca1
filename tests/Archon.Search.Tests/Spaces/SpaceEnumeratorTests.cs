using Archon.Core.Architectures;
using Archon.Search.Spaces;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Spaces;

public sealed class SpaceEnumeratorTests
{
    [Fact]
    public void Enumerate_NoConstraints_CountsDistinctPointsOnly()
    {
        var e = TestSpaces.SmallEnumerated();

        // topK 3 × samples 2 × (L1, L2×2, L2×4) 3 × fuser 2 × critic/ranker 2 × verifier 2.
        Assert.Equal(144, e.Feasible.Count);
        Assert.Equal(0, e.InfeasibleCount);
        Assert.Equal(144, e.Feasible.Select(p => p.Key).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 144), e.Feasible.Select(p => p.Index));
    }

    [Fact]
    public void Enumerate_FuserContextLimit_RemovesAndCountsInfeasible()
    {
        var json = TestSpaces.SmallJson.Replace("\"name\": \"small\",", "\"name\": \"small\", \"constraints\": { \"fuserContextLimit\": 4 },", StringComparison.Ordinal);
        var e = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse(json));

        // Generator candidates K×S ∈ {1,3,2,6,3,9}; 6 and 9 overflow (a ranker keeps 5, still > 4): 2 of 6 pairs.
        Assert.Equal(96, e.Feasible.Count);
        Assert.Equal(48, e.InfeasibleCount);
        Assert.Equal(48, e.InfeasibleByRule[SpaceEnumerator.RuleFuserContext]);
        Assert.All(e.Feasible, p => Assert.True(p.Estimate.MaxFuserInputs <= 4));
    }

    [Fact]
    public void Enumerate_MaxCallsAndDollars_EveryFeasiblePointWithinLimits()
    {
        var json = TestSpaces.SmallJson.Replace("\"name\": \"small\",", "\"name\": \"small\", \"constraints\": { \"maxCallsPerQuery\": 8, \"maxUsdPerQuery\": 0.01 },", StringComparison.Ordinal);
        var prices = new Dictionary<string, Archon.Core.Models.ModelPricing> { ["m3"] = new(100m, 100m) };
        var e = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse(json), m => prices.GetValueOrDefault(m));

        Assert.Equal(144, e.Feasible.Count + e.InfeasibleCount);
        Assert.True(e.InfeasibleByRule[SpaceEnumerator.RuleMaxCalls] > 0);
        Assert.True(e.InfeasibleByRule[SpaceEnumerator.RuleMaxUsd] > 0);
        Assert.All(e.Feasible, p => Assert.True(p.Estimate.CallsPerQuery <= 8 && p.Estimate.UsdPerQuery <= 0.01m));
        Assert.DoesNotContain(e.Feasible, p => p.Point.GeneratorModels.Contains("m3"));
    }

    [Fact]
    public void Enumerate_EveryArchitecture_PassesSharedValidatorAndFollowsPaperOrder()
    {
        var e = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""
            {"ranking":["a","b"],"generators":{"topK":[1,2],"samples":[1,2]},"fusion":{"layers":[1,3],"fusersPerLayer":[2]},
             "criticRanker":{"enabled":[false,true]},"verifier":{"enabled":[false,true]},"unitTests":{"enabled":[false,true],"tests":[3]}}
            """));
        Assert.Equal(2 * 2 * 2 * 2 * 2 * 2, e.Feasible.Count);
        foreach (var p in e.Feasible)
        {
            var errors = ArchitectureValidator.Validate(p.Architecture, ArchitectureValidationContext.Default).Where(d => d.IsError).ToList();
            Assert.True(errors.Count == 0, p.Key + ": " + string.Join("; ", errors));
            var types = p.Architecture.Layers.Select(l => l.Type).ToList();
            Assert.Equal(ComponentTypes.Generator, types[0]);
            Assert.Equal(ComponentTypes.Fuser, types[^1]);
            Assert.Single(p.Architecture.Layers[^1].Components);
            if (p.Point.Verifier)
            {
                Assert.Equal(ComponentTypes.Verifier, types[^2]);
            }

            if (p.Point.UnitTests)
            {
                Assert.Equal([ComponentTypes.UnitTestGenerator, ComponentTypes.UnitTestEvaluator], types.Skip(1).Take(2));
            }
        }
    }

    [Fact]
    public void Find_ChoiceWithIrrelevantAxisSet_FindsCanonicalPoint()
    {
        var e = TestSpaces.SmallEnumerated();
        var choice = new int[AxisNames.All.Count];
        choice[4] = 1; // fusers per layer does not matter with one fusion layer
        Assert.Equal(e.Feasible[0].Key, e.Find(choice)!.Key);
    }

    [Fact]
    public void Enumerate_FusersByLayer_EachLayerGetsItsOwnCount()
    {
        var e = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""
            {"ranking":["a"],"fusion":{"layers":[4],"fusersByLayer":[[2,6],[4],[8,10]]}}
            """));

        Assert.Equal(4, e.Feasible.Count);
        var point = e.Feasible.Single(p => p.Point.FusersByLayer.SequenceEqual([6, 4, 10]));
        var fuserLayers = point.Architecture.Layers.Where(l => l.Type == ComponentTypes.Fuser).Select(l => l.Components.Count);
        Assert.Equal([6, 4, 10, 1], fuserLayers);
        Assert.Equal("g1x1@0.7-L4x6,4,10[a@0.7]", point.Key);
    }

    [Fact]
    public void Enumerate_MinFusionLayers_RemovesSingleFuserArchitectures()
    {
        var e = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""
            {"ranking":["a"],"fusion":{"layers":[1,2],"fusersPerLayer":[2,4]},"constraints":{"minFusionLayers":2}}
            """));

        Assert.Equal(2, e.Feasible.Count);
        Assert.Equal(1, e.InfeasibleByRule[SpaceEnumerator.RuleMinFusionLayers]);
        Assert.All(e.Feasible, p => Assert.Equal(2, p.Point.FusionLayers));
    }

    [Fact]
    public void Enumerate_MoreThanListable_ReturnsSampledSpaceOfEveryDistinctPoint()
    {
        var e = TestSpaces.LargeSampled();

        Assert.True(e.IsSampled);
        Assert.Equal(630_000, e.Feasible.Count);
        Assert.NotNull(e.FeasibilitySample);
        Assert.InRange(e.FeasibilitySample!.FeasibleFraction, 0.5, 0.999);
        Assert.True(e.FeasibilitySample.InfeasibleByRule[SpaceEnumerator.RuleMaxCalls] > 0);
    }

    [Fact]
    public void TryGet_SampledSpace_BuildsFeasiblePointsAndRefusesInfeasibleOnes()
    {
        var e = TestSpaces.LargeSampled();
        var feasible = Enumerable.Range(0, 400).Select(i => e.TryGet(i * 1_500)).ToList();

        Assert.Contains(feasible, p => p is null);
        Assert.All(feasible.OfType<FeasiblePoint>(), p => Assert.True(p.Estimate.CallsPerQuery <= 250));
        var infeasible = Enumerable.Range(0, 400).Select(i => i * 1_500).First(i => e.TryGet(i) is null);
        Assert.Throws<InvalidOperationException>(() => e.Feasible[infeasible]);
        var point = feasible.OfType<FeasiblePoint>().First();
        Assert.Equal(point.Index, e.IndexOf(point.Point.Choice));
    }

    [Fact]
    public void Enumerate_SampledSpaceWithNothingFeasible_RefusedNamingTheConstraints()
    {
        var json = TestSpaces.LargeJson.Replace("\"maxCallsPerQuery\": 250", "\"maxCallsPerQuery\": 1", StringComparison.Ordinal);

        var ex = Assert.Throws<SearchSpaceException>(() => SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse(json)));

        Assert.Equal("$.constraints", ex.Path);
        Assert.Contains("no architecture meets the constraints", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_SampledSpace_ChangesWithPricesAndStaysForTheSameSpace()
    {
        var free = TestSpaces.LargeSampled();
        var again = TestSpaces.LargeSampled();
        var priced = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse(TestSpaces.LargeJson), _ => new Archon.Core.Models.ModelPricing(1m, 2m));

        Assert.Equal(free.Fingerprint, again.Fingerprint);
        Assert.NotEqual(free.Fingerprint, priced.Fingerprint);
    }
}
