using Archon.Search.Comparison;
using Archon.Search.Driver;
using Archon.Search.Strategies;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Comparison;

public sealed class SearchComparerTests
{
    [Fact]
    public void RunSeed_FirstThousandRuns_AreDistinctAndNonNegative()
    {
        var seeds = Enumerable.Range(1, 1_000).Select(SearchComparer.RunSeed).ToList();

        Assert.All(seeds, s => Assert.True(s >= 0));
        Assert.Equal(seeds.Count, seeds.Distinct().Count());
        Assert.Equal(seeds, Enumerable.Range(1, 1_000).Select(SearchComparer.RunSeed));
    }

    [Fact]
    public void RunSeed_ConsecutiveRuns_ShuffleASpaceIndependently()
    {
        // The architecture each run's random order puts 65th in a 1,006-point space. With consecutive raw seeds it
        // drifts by at most one index from run to run (seeds 14 to 16 all pick architecture 139, seeds 17 and 18 architecture 138), so
        // "independent" random searches agree; with independent runs neighbours are this close about 1 time in 200.
        var picks = Enumerable.Range(1, 20).Select(run => Shuffled(SearchComparer.RunSeed(run), 1_006)[64]).ToList();

        var closeNeighbours = picks.Zip(picks.Skip(1)).Count(p => Math.Abs(p.First - p.Second) <= 2);
        Assert.True(closeNeighbours <= 2, $"65th architecture per run: {string.Join(", ", picks)}");
    }

    [Fact]
    public async Task CompareAsync_EachRun_SeedsItsStrategyWithTheRunSeedAndRecordsIt()
    {
        var space = TestSpaces.SmallEnumerated();
        var scores = space.Feasible.ToDictionary(p => p.Key, p => Objectives.Additive(p.Point), StringComparer.Ordinal);
        var exhaustive = new ExhaustiveResult
        {
            Space = space.Space.Name,
            SpaceFingerprint = SearchDriver.Fingerprint(space),
            SearchItems = 20,
            MaxScore = scores.Values.Max(),
            NearBestCount = 1,
            NearBestFraction = 1.0 / scores.Count,
            Scores = scores,
        };

        var result = await SearchComparer.CompareAsync(space, exhaustive, ["random"], 4, () => new TableTrialEvaluator(exhaustive), new StrategyOptions());

        var runs = result.Strategies["random"].PerSeed;
        Assert.Equal(Enumerable.Range(1, 4).Select(SearchComparer.RunSeed), runs.Select(r => r.Seed));
        Assert.All(runs, r => Assert.Equal(Objectives.AdditiveOptimum, r.BestFound));
        var optimum = space.Find(Objectives.AdditiveOptimum)!.Index;
        var expected = runs.Select(r => 1 + Array.IndexOf(Shuffled(r.Seed, space.Feasible.Count), optimum));
        Assert.Equal(expected, runs.Select(r => r.Trials));
    }

    private static int[] Shuffled(int seed, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }
}
