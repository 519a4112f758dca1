using Archon.Search.Surrogates;

namespace Archon.Search.Tests.Surrogates;

public sealed class SubsampleNoiseTests
{
    [Fact]
    public void Variance_PerfectScoreOn11Of100_MatchesHandComputation()
    {
        // p = (11 + 1)/13; 100² · p(1 − p)/11 · 89/99 ≈ 58.03 (a standard deviation of about 7.6 points).
        var p = 12.0 / 13;
        Assert.Equal(1e4 * p * (1 - p) / 11 * 89 / 99, SubsampleNoise.Variance(100, 11, 100), 9);
        Assert.Equal(58.03, SubsampleNoise.Variance(100, 11, 100), 2);
    }

    [Fact]
    public void Variance_FullSplit_IsZero() => Assert.Equal(0, SubsampleNoise.Variance(73, 100, 100));

    [Fact]
    public void Variance_LargerPrefix_IsSmaller()
    {
        var v4 = SubsampleNoise.Variance(75, 4, 100);
        var v11 = SubsampleNoise.Variance(75, 11, 100);
        var v33 = SubsampleNoise.Variance(75, 33, 100);
        Assert.True(v4 > v11 && v11 > v33 && v33 > 0);
    }

    [Fact]
    public void Variance_HalfRight_IsTheLargestForAPrefix()
    {
        var half = SubsampleNoise.Variance(50, 10, 100);
        Assert.True(half > SubsampleNoise.Variance(80, 10, 100));
        Assert.True(half > SubsampleNoise.Variance(10, 10, 100));
        Assert.Equal(2500, SubsampleNoise.Variance(50, 0, 100));
    }
}
