using Archon.Benchmarks.Results;

namespace Archon.Benchmarks.Tests.Results;

public class BenchmarkSplitTests
{
    private static readonly List<string> Ids = Enumerable.Range(0, 5000).Select(i => $"item-{i}").ToList();

    [Fact]
    public void Select_DefaultFraction_AboutTwentyPercentSearchAndDisjoint()
    {
        var search = BenchmarkSplit.Select(Ids, x => x, SplitPart.Search);
        var heldOut = BenchmarkSplit.Select(Ids, x => x, SplitPart.HeldOut);

        Assert.InRange(search.Count, 900, 1100);
        Assert.Equal(Ids.Count, search.Count + heldOut.Count);
        Assert.Empty(search.Intersect(heldOut));
    }

    [Fact]
    public void IsSearch_SameIdSameSeed_Stable_IndependentOfOrder()
    {
        var shuffled = Ids.AsEnumerable().Reverse().ToList();

        var a = BenchmarkSplit.Select(Ids, x => x, SplitPart.Search).Order().ToList();
        var b = BenchmarkSplit.Select(shuffled, x => x, SplitPart.Search).Order().ToList();

        Assert.Equal(a, b);
    }

    [Fact]
    public void IsSearch_OtherSeed_OtherSplit()
    {
        var a = BenchmarkSplit.Select(Ids, x => x, SplitPart.Search, seed: 0);
        var b = BenchmarkSplit.Select(Ids, x => x, SplitPart.Search, seed: 1);

        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("search", SplitPart.Search)]
    [InlineData("heldout", SplitPart.HeldOut)]
    [InlineData("held-out", SplitPart.HeldOut)]
    [InlineData("ALL", SplitPart.All)]
    public void ParsePart_Names(string text, SplitPart expected)
    {
        Assert.Equal(expected, BenchmarkSplit.ParsePart(text));
    }

    [Fact]
    public void ParsePart_Unknown_ThrowsNamingOption()
    {
        Assert.Contains("--split", Assert.Throws<ArgumentException>(() => BenchmarkSplit.ParsePart("train")).Message, StringComparison.Ordinal);
    }
}
