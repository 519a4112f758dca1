using Archon.Benchmarks.Results;

namespace Archon.Benchmarks.Tests.Results;

public class PairedComparisonTests
{
    private static ItemResult R(string id, double score) => new() { ItemId = id, Score = score };

    [Fact]
    public void Compute_BClearlyBetter_HighProbabilityAndPositiveInterval()
    {
        var a = Enumerable.Range(0, 200).Select(i => R($"i{i}", i % 4 == 0 ? 1 : 0));
        var b = Enumerable.Range(0, 200).Select(i => R($"i{i}", i % 4 == 3 ? 0 : 1));

        var c = PairedComparison.Compute(a, b);

        Assert.Equal(200, c.SharedItems);
        Assert.Equal(0.5, c.Difference, 6);
        Assert.True(c.Ci95[0] > 0);
        Assert.True(c.ProbabilityBBetter > 0.99);
    }

    [Fact]
    public void Compute_OnlySharedItemsCount()
    {
        var a = new[] { R("x", 1), R("y", 0), R("only-a", 1) };
        var b = new[] { R("x", 1), R("y", 1), R("only-b", 0) };

        var c = PairedComparison.Compute(a, b);

        Assert.Equal(2, c.SharedItems);
        Assert.Equal(0.5, c.ScoreA, 6);
        Assert.Equal(1.0, c.ScoreB, 6);
    }

    [Fact]
    public void Compute_Identical_NoDifference()
    {
        var a = Enumerable.Range(0, 50).Select(i => R($"i{i}", i % 2));

        var c = PairedComparison.Compute(a, a);

        Assert.Equal(0, c.Difference);
        Assert.Equal(0, c.ProbabilityBBetter);
    }
}
