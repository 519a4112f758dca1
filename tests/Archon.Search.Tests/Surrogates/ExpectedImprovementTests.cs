using Archon.Search.Surrogates;

namespace Archon.Search.Tests.Surrogates;

public sealed class ExpectedImprovementTests
{
    [Fact]
    public void Compute_MeanAtBestUnitVariance_IsStandardNormalDensityAtZero()
    {
        Assert.Equal(1 / Math.Sqrt(2 * Math.PI), ExpectedImprovement.Compute(5, 1, 5), 9);
    }

    [Fact]
    public void Compute_NoVariance_IsPositiveGainOnly()
    {
        Assert.Equal(2.0, ExpectedImprovement.Compute(7, 0, 5), 12);
        Assert.Equal(0.0, ExpectedImprovement.Compute(3, 0, 5), 12);
    }

    [Fact]
    public void Compute_MoreUncertainty_MoreImprovementBelowBest()
    {
        Assert.True(ExpectedImprovement.Compute(4, 4, 5) > ExpectedImprovement.Compute(4, 1, 5));
    }
}
