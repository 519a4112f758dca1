using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Strategies;
using Archon.Search.Surrogates;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Strategies;

public sealed class HalvingStrategyTests
{
    private static readonly StrategyOptions Options = new() { Seed = 3, BracketSize = 9, Eta = 3, Rungs = 3, MinItems = 2 };

    [Fact]
    public void RungItems_SmallSplit_LowestRungsMeetAtMinItemsOnce()
    {
        var strategy = new HalvingStrategy(TestSpaces.SmallEnumerated(), 20, new StrategyOptions { Rungs = 4, MinItems = 4 });
        Assert.Equal([4, 7, 20], strategy.RungItems); // 20/27 and 20/9 both round up to 4 items
    }

    [Fact]
    public void RungItems_Defaults_ScreenOnANinthThenAThirdThenTheWholeSplit()
    {
        // A 4-item first rung lost the near-best architecture in 8 of 10 runs of search-halving (docs/search.md).
        var strategy = new HalvingStrategy(TestSpaces.SmallEnumerated(), 100, new StrategyOptions());
        Assert.Equal([11, 33, 100], strategy.RungItems);
    }

    [Fact]
    public void Next_BayesProposals_ScreensTheRandomDesignOnlyThenPromotesFromEveryScreenedCandidate()
    {
        var space = TestSpaces.SmallEnumerated();
        var strategy = new HalvingStrategy(space, 20, Options);
        var trials = Drive(strategy, space, 22, p => Objectives.Additive(p.Point));

        Assert.Equal([.. Enumerable.Repeat(2, 18), 7, 7, 7, 20], trials.Select(t => t.Items));
        var screened = trials.Take(18).Select(t => t.PointIndex).ToList();
        Assert.Equal(18, screened.Distinct().Count()); // the second bracket brings 9 new candidates
        Assert.All(trials.Skip(18).Take(3), t => Assert.Contains(t.PointIndex, screened));
        Assert.Contains(trials[21].PointIndex, trials.Skip(18).Take(3).Select(t => t.PointIndex));
    }

    [Fact]
    public void Next_BestOfTheRandomDesign_IsPromotedInALaterBracket()
    {
        // Only the first random candidate scores well; it is not promoted with the random design, but it stays in
        // the pool and wins the first promotion against the proposed candidates.
        var space = TestSpaces.SmallEnumerated();
        var strategy = new HalvingStrategy(space, 20, Options);
        int? star = null;
        var trials = Drive(strategy, space, 22, p =>
        {
            star ??= p.Index;
            return p.Index == star ? 95 : 20;
        });

        Assert.Equal(star, trials[18].PointIndex);
        Assert.Equal(star, trials[21].PointIndex);
        Assert.Equal(20, trials[21].Items);
    }

    [Fact]
    public void PosteriorMeans_NoisyOutlierAmongWeakNeighbours_RanksBelowAConfirmedCandidate()
    {
        // Every architecture fully evaluated: 90 with three generators, 50 otherwise. Two fresh candidates measured on
        // 2 of 20 items: A (one generator) reads 100, B (three generators) reads 90. The posterior trusts B's
        // neighbourhood over A's lucky subsample; with A measured exactly, its own score stands.
        var space = TestSpaces.SmallEnumerated();
        var proposer = new BayesProposer(space, new StrategyOptions());
        var a = space.Feasible.First(p => p.Point.TopK == 1).Index;
        var b = space.Feasible.First(p => p.Point.TopK == 3).Index;
        var observed = space.Feasible.ToDictionary(p => p.Index, p => p.Point.TopK == 3 ? 90.0 : 50.0);
        observed[a] = 100;
        observed[b] = 90;
        var noise = new Dictionary<int, double> { [a] = SubsampleNoiseOf(100, 2), [b] = SubsampleNoiseOf(90, 2) };

        var means = proposer.PosteriorMeans(observed, noise, [a, b]);
        Assert.True(means[b] > means[a], $"B {means[b]:0.0} vs A {means[a]:0.0}");

        var exact = proposer.PosteriorMeans(observed, new Dictionary<int, double>(), [a]);
        Assert.Equal(100, exact[a], 3);
    }

    [Fact]
    public void Next_Replayed_ProposesTheSameTrials()
    {
        var space = TestSpaces.SmallEnumerated();
        var first = Drive(new HalvingStrategy(space, 20, Options), space, 40, p => Objectives.Additive(p.Point) + (p.Index % 7));
        var second = Drive(new HalvingStrategy(space, 20, Options), space, 40, p => Objectives.Additive(p.Point) + (p.Index % 7));
        Assert.Equal(first, second);
    }

    private static double SubsampleNoiseOf(double score, int items) => SubsampleNoise.Variance(score, items, 20);

    private static List<TrialRequest> Drive(HalvingStrategy strategy, SpaceEnumeration space, int count, Func<FeasiblePoint, double> score)
    {
        var trials = new List<TrialRequest>();
        while (trials.Count < count && strategy.Next() is { } request)
        {
            trials.Add(request);
            strategy.Report(request, score(space.Feasible[request.PointIndex]));
        }

        return trials;
    }
}
