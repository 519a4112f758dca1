using Archon.Search.Driver;
using Archon.Search.Strategies;
using Archon.Search.Surrogates;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Strategies;

public sealed class BayesStrategyTests
{
    public static TheoryData<KernelStructure, string, bool> Variants => new()
    {
        { KernelStructure.Additive, "ucb", false },
        { KernelStructure.AdditiveInteraction, "ucb", false },
        { KernelStructure.Full, "thompson", false },
        { KernelStructure.Additive, "thompson", false },
        { KernelStructure.Full, "ucb", true },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Run_Variant_SameSeedSameTrials(KernelStructure structure, string acquisition, bool linear)
    {
        var options = new StrategyOptions { Seed = 7, InitialRandomPoints = 8, KernelStructure = structure, Acquisition = acquisition, LinearMean = linear };
        var a = await Run(options, maxTrials: 20);
        var b = await Run(options, maxTrials: 20);
        Assert.Equal(a.Trials.Select(t => t.Key), b.Trials.Select(t => t.Key));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Run_Variant_FindsKnownOptimumWellBeforeRandom(KernelStructure structure, string acquisition, bool linear)
    {
        // 144 points; random needs 72 full evaluations on average to hit the single optimum.
        for (var seed = 1; seed <= 3; seed++)
        {
            var options = new StrategyOptions { Seed = seed, InitialRandomPoints = 8, KernelStructure = structure, Acquisition = acquisition, LinearMean = linear };
            var state = await Run(options, maxTrials: null, stopAtOptimum: true);
            Assert.Equal(SearchStopReasons.TargetReached, state.StopReason);
            Assert.True(state.FullEquivalents <= 45, $"seed {seed}: {state.FullEquivalents} full evaluations");
        }
    }

    [Fact]
    public void Next_ThompsonWithDifferentSeeds_ProposesDifferentPoints()
    {
        var space = TestSpaces.SmallEnumerated();
        var firstSurrogatePicks = Enumerable.Range(1, 4).Select(seed =>
        {
            var strategy = StrategyFactory.Create("bayes", space, 20, new StrategyOptions { Seed = seed, InitialRandomPoints = 3, Acquisition = "thompson" });
            var picks = new List<int>();
            for (var i = 0; i < 4; i++)
            {
                var request = strategy.Next()!;
                strategy.Report(request, Objectives.Additive(space.Feasible[request.PointIndex].Point));
                picks.Add(request.PointIndex);
            }

            return picks[3];
        }).ToList();
        Assert.True(firstSurrogatePicks.Distinct().Count() > 1);
    }

    private static Task<SearchState> Run(StrategyOptions options, int? maxTrials, bool stopAtOptimum = false)
    {
        var evaluator = new FunctionEvaluator(Objectives.Additive);
        var space = TestSpaces.SmallEnumerated();
        var strategy = StrategyFactory.Create("bayes", space, evaluator.SearchItems, options);
        var search = new SearchOptions { MaxTrials = maxTrials };
        if (stopAtOptimum)
        {
            search = search with { StopWhen = t => t.Key == Objectives.AdditiveOptimum && t.FullEquivalent >= 1 };
        }

        return new SearchDriver(space, evaluator, search).RunAsync(strategy, options.Seed, null);
    }
}
