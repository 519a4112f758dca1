using Archon.Search.Surrogates;

namespace Archon.Search.Tests.Surrogates;

public sealed class GaussianProcessTests
{
    [Fact]
    public void Predict_TwoPointsRbf_MatchesHandComputedPosterior()
    {
        // K = [[1, a], [a, 1]], a = e^-0.5; k* = [b, b], b = e^-0.125 at x* = 0.5.
        // mean = k*ᵀK⁻¹y = b(y1 + y2)/(1 + a); variance = 1 − 2b²/(1 + a).
        var gp = GaussianProcess.Fit([[0.0], [1.0]], [1.0, 2.0], KernelKind.Rbf, 1.0, 0.0, standardize: false);
        var (mean, variance) = gp.Predict([0.5]);
        double a = Math.Exp(-0.5), b = Math.Exp(-0.125);
        Assert.Equal(3 * b / (1 + a), mean, 9);
        Assert.Equal(1 - (2 * b * b / (1 + a)), variance, 9);
        Assert.Equal(1.6480, mean, 3);
    }

    [Fact]
    public void Predict_AtObservedPointWithoutNoise_ReturnsObservationAndNoVariance()
    {
        var gp = GaussianProcess.Fit([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]], [3.0, 5.0, 4.0], KernelKind.Matern52, 0.5, 0.0);
        var (mean, variance) = gp.Predict([1.0, 0.0]);
        Assert.Equal(5.0, mean, 6);
        Assert.True(variance < 1e-6);
    }

    [Fact]
    public void Predict_FarFromData_RevertsToPriorMeanAndVariance()
    {
        var gp = GaussianProcess.Fit([[0.0], [0.1]], [1.0, 3.0], KernelKind.Matern52, 0.2, 1e-4);
        var (mean, variance) = gp.Predict([50.0]);
        Assert.Equal(2.0, mean, 6); // the targets' mean
        Assert.Equal(1.0, variance, 6); // standardised unit variance × sd² (sd = 1)
    }

    [Fact]
    public void Covariance_Matern52_MatchesFormula()
    {
        var r = Math.Sqrt(5) * 0.5;
        Assert.Equal((1 + r + (r * r / 3)) * Math.Exp(-r), GaussianProcess.Covariance(KernelKind.Matern52, 1.0, [0.0], [0.5]), 12);
        Assert.Equal(0.8286, GaussianProcess.Covariance(KernelKind.Matern52, 1.0, [0.0], [0.5]), 4);
    }

    [Fact]
    public void FitBest_SmoothData_PrefersLongerLengthScaleThanRoughData()
    {
        double[][] x = [.. Enumerable.Range(0, 12).Select(i => new[] { i / 11.0 })];
        var smooth = GaussianProcess.FitBest(x, [.. x.Select(v => v[0] * 2)], KernelKind.Matern52);
        var rough = GaussianProcess.FitBest(x, [.. Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? 1.0 : -1.0)], KernelKind.Matern52);
        Assert.True(smooth.LengthScale > rough.LengthScale || rough.Noise > smooth.Noise);
    }
}
