using Archon.Search.Driver;
using Archon.Search.Strategies;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Strategies;

public sealed class StrategyTests
{
    public static TheoryData<string> Names => ["random", "greedy", "bayes", "tpe", "halving", "halving-random"];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Run_SameSeed_SameTrials(string name)
    {
        var a = await Run(name, seed: 7, maxTrials: 30);
        var b = await Run(name, seed: 7, maxTrials: 30);
        Assert.Equal(a.Trials.Select(t => (t.Key, t.Items)), b.Trials.Select(t => (t.Key, t.Items)));
    }

    [Theory]
    [InlineData("random")]
    [InlineData("bayes")]
    [InlineData("halving")]
    public async Task Run_DifferentSeeds_DifferentTrials(string name)
    {
        var a = await Run(name, seed: 1, maxTrials: 15);
        var b = await Run(name, seed: 2, maxTrials: 15);
        Assert.NotEqual(a.Trials.Select(t => t.Key), b.Trials.Select(t => t.Key));
    }

    [Theory]
    [InlineData("greedy", 40)]
    [InlineData("bayes", 45)]
    [InlineData("tpe", 70)]
    [InlineData("halving", 40)]
    public async Task Run_KnownOptimum_FullyEvaluatesItWithinBudget(string name, int maxFullEvaluations)
    {
        // 144 points; random needs 72 full evaluations on average to hit the single optimum.
        for (var seed = 1; seed <= 3; seed++)
        {
            var evaluator = new FunctionEvaluator(Objectives.Additive);
            var space = TestSpaces.SmallEnumerated();
            var strategy = StrategyFactory.Create(name, space, evaluator.SearchItems, new StrategyOptions { Seed = seed, InitialRandomPoints = 8, BracketSize = 9 });
            var state = await new SearchDriver(space, evaluator, new SearchOptions
            {
                StopWhen = t => t.Key == Objectives.AdditiveOptimum && t.FullEquivalent >= 1,
            }).RunAsync(strategy, seed, null);

            Assert.Equal(SearchStopReasons.TargetReached, state.StopReason);
            Assert.True(state.FullEquivalents <= maxFullEvaluations, $"{name} seed {seed}: {state.FullEquivalents} full evaluations");
        }
    }

    [Fact]
    public async Task Run_RandomToTheEnd_EvaluatesEveryPointOnce()
    {
        var state = await Run("random", seed: 3, maxTrials: null);
        Assert.Equal(144, state.Trials.Count);
        Assert.Equal(144, state.Trials.Select(t => t.Key).Distinct().Count());
        Assert.Equal(SearchStopReasons.Exhausted, state.StopReason);
    }

    [Fact]
    public async Task Run_HalvingRandom_PromotesBestThirdToLargerNestedSubsamples()
    {
        var state = await Run("halving-random", seed: 1, maxTrials: 13, bracket: 9);
        Assert.Equal([2, 2, 2, 2, 2, 2, 2, 2, 2, 7, 7, 7, 20], state.Trials.Select(t => t.Items)); // 20/9, 20/3, 20
        var rung0 = state.Trials.Take(9).OrderByDescending(t => t.Score).ThenBy(t => t.PointIndex).Take(3).Select(t => t.Key).Order();
        Assert.Equal(rung0, state.Trials.Skip(9).Take(3).Select(t => t.Key).Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Run_SampledSpace_ProposesDistinctFeasiblePointsReproducibly(string name)
    {
        var space = TestSpaces.LargeSampled();
        var a = await RunOn(space, name, seed: 4, maxTrials: 15);
        var b = await RunOn(space, name, seed: 4, maxTrials: 15);

        Assert.Equal(15, a.Trials.Count);
        Assert.Equal(a.Trials.Select(t => (t.Key, t.Items)), b.Trials.Select(t => (t.Key, t.Items)));
        Assert.Equal(a.Trials.Count, a.Trials.Select(t => (t.Key, t.Items)).Distinct().Count());
        Assert.All(a.Trials, t => Assert.True(space.TryGet(t.PointIndex) is { } p && p.Estimate.CallsPerQuery <= 250, t.Key));
    }

    [Fact]
    public async Task Run_BayesOnSampledSpace_BeatsRandomWithTheSameTrials()
    {
        // The pool of random candidates plus the best points' neighbours lets the surrogate climb a smooth objective;
        // one random run can be lucky, so the means over three seeds are compared.
        var space = TestSpaces.LargeSampled();
        var bayes = new List<double>();
        var random = new List<double>();
        for (var seed = 1; seed <= 3; seed++)
        {
            bayes.Add((await RunOn(space, "bayes", seed, maxTrials: 30)).Trials.Max(t => t.Score));
            random.Add((await RunOn(space, "random", seed, maxTrials: 30)).Trials.Max(t => t.Score));
        }

        Assert.True(bayes.Average() >= random.Average() + 2, $"bayes {string.Join(" ", bayes)}; random {string.Join(" ", random)}");
    }

    [Fact]
    public void Next_GreedyWithDifferentSeeds_StartsFromDifferentRandomPoints()
    {
        var space = TestSpaces.SmallEnumerated();
        var starts = Enumerable.Range(1, 6).Select(seed => StrategyFactory.Create("greedy", space, 20, new StrategyOptions { Seed = seed }).Next()!.PointIndex).ToList();

        Assert.True(starts.Distinct().Count() >= 4, string.Join(",", starts));
        Assert.Equal(starts[0], StrategyFactory.Create("greedy", space, 20, new StrategyOptions { Seed = 1 }).Next()!.PointIndex);
    }

    private static Task<SearchState> RunOn(Archon.Search.Spaces.SpaceEnumeration space, string name, int seed, int maxTrials)
    {
        var evaluator = new FunctionEvaluator(Objectives.Large);
        var strategy = StrategyFactory.Create(name, space, evaluator.SearchItems, new StrategyOptions { Seed = seed, InitialRandomPoints = 8, BracketSize = 9, MinItems = 2 });
        return new SearchDriver(space, evaluator, new SearchOptions { MaxTrials = maxTrials }).RunAsync(strategy, seed, null);
    }

    private static Task<SearchState> Run(string name, int seed, int? maxTrials, int bracket = 9)
    {
        var evaluator = new FunctionEvaluator(Objectives.Additive);
        var space = TestSpaces.SmallEnumerated();
        var strategy = StrategyFactory.Create(name, space, evaluator.SearchItems, new StrategyOptions { Seed = seed, InitialRandomPoints = 8, BracketSize = bracket, MinItems = 2 });
        return new SearchDriver(space, evaluator, new SearchOptions { MaxTrials = maxTrials }).RunAsync(strategy, seed, null);
    }
}
