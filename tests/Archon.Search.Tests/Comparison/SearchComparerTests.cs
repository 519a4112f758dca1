using Archon.Search.Comparison;
using Archon.Search.Driver;
using Archon.Search.Strategies;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Comparison;

public sealed class SearchComparerTests
{
    [Fact]
    public async Task CompareAsync_RunK_HasSeedKWhichItsStrategyMixes()
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
        Assert.Equal(Enumerable.Range(1, 4), runs.Select(r => r.Seed));
        Assert.All(runs, r => Assert.Equal(Objectives.AdditiveOptimum, r.BestFound));
        var optimum = space.Find(Objectives.AdditiveOptimum)!.Index;
        var expected = runs.Select(r => 1 + Array.IndexOf(Shuffled(SeedMixer.Mix(r.Seed), space.Feasible.Count), optimum));
        Assert.Equal(expected, runs.Select(r => r.Trials));
    }

    private static int[] Shuffled(int seed, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }
}
