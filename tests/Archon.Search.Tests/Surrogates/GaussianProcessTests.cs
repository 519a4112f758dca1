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

    [Fact]
    public void Predict_PerObservationNoise_MatchesHandComputedPosterior()
    {
        // C = K + diag(0.5, 0) = [[1.5, a], [a, 1]]; C⁻¹ = [[1, −a], [−a, 1.5]]/det, det = 1.5 − a²; k* = [b, b].
        var gp = GaussianProcess.Fit([[0.0], [1.0]], [1.0, 2.0], KernelKind.Rbf, 1.0, 0.0, standardize: false, observationNoise: [0.5, 0.0]);
        var (mean, variance) = gp.Predict([0.5]);
        double a = Math.Exp(-0.5), b = Math.Exp(-0.125), det = 1.5 - (a * a);
        Assert.Equal(b * ((1.0 - (2 * a)) + ((-a * 1.0) + (1.5 * 2.0))) / det, mean, 9);
        Assert.Equal(1 - (b * b * (1 - (2 * a) + 1.5) / det), variance, 9);
        Assert.Equal(1.6996, mean, 4);
    }

    [Fact]
    public void Predict_NoisierObservation_PullsThePosteriorLess()
    {
        double[][] x = [[0.0], [1.0]];
        var trusted = GaussianProcess.Fit(x, [0.0, 1.0], KernelKind.Matern52, 1.0, 1e-4, standardize: false, observationNoise: [0.0, 0.01]);
        var doubted = GaussianProcess.Fit(x, [0.0, 1.0], KernelKind.Matern52, 1.0, 1e-4, standardize: false, observationNoise: [0.0, 1.0]);
        Assert.True(doubted.Predict([1.0]).Mean < trusted.Predict([1.0]).Mean - 0.3);
        Assert.True(doubted.Predict([1.0]).Variance > trusted.Predict([1.0]).Variance);
    }

    [Fact]
    public void Fit_ZeroObservationNoise_SameAsWithout()
    {
        double[][] x = [[0.0, 0.2], [0.5, 1.0], [1.0, 0.0]];
        var plain = GaussianProcess.Fit(x, [3.0, 5.0, 4.0], KernelKind.Matern52, 0.6, 0.01);
        var zero = GaussianProcess.Fit(x, [3.0, 5.0, 4.0], KernelKind.Matern52, 0.6, 0.01, observationNoise: [0.0, 0.0, 0.0]);
        Assert.Equal(plain.Predict([0.3, 0.3]), zero.Predict([0.3, 0.3]));
        Assert.Equal(plain.LogMarginalLikelihood, zero.LogMarginalLikelihood);
    }

    [Fact]
    public void Fit_ObservationNoiseOfWrongLengthOrNegative_Throws()
    {
        Assert.Throws<ArgumentException>(() => GaussianProcess.Fit([[0.0], [1.0]], [1.0, 2.0], KernelKind.Rbf, 1.0, 0.0, observationNoise: [0.1]));
        Assert.Throws<ArgumentException>(() => GaussianProcess.Fit([[0.0], [1.0]], [1.0, 2.0], KernelKind.Rbf, 1.0, 0.0, observationNoise: [0.1, -1]));
    }

    [Fact]
    public void PredictObservation_SingleNoisyObservation_ShrinksToPriorByPrecision()
    {
        // Prior of the point's value: variance 1 + τ² (smooth part + own deviation); one reading with noise σ².
        // Posterior mean y(1 + τ²)/(1 + τ² + σ²) = 2·1.25/2; variance σ²(1 + τ²)/(1 + τ² + σ²) = 0.75·1.25/2.
        var gp = GaussianProcess.Fit([[0.0]], [2.0], KernelKind.Rbf, 1.0, 0.25, standardize: false, observationNoise: [0.75]);
        var (mean, variance) = gp.PredictObservation(0);
        Assert.Equal(1.25, mean, 9);
        Assert.Equal(0.46875, variance, 9);
    }

    [Fact]
    public void PredictObservation_TwoPoints_MatchesHandComputedPosterior()
    {
        // Same C as above. Observation 0: y₀ − σ₀²α₀ with α = C⁻¹y; variance σ₀² − σ₀⁴(C⁻¹)₀₀. Observation 1 is exact.
        var gp = GaussianProcess.Fit([[0.0], [1.0]], [1.0, 2.0], KernelKind.Rbf, 1.0, 0.0, standardize: false, observationNoise: [0.5, 0.0]);
        double a = Math.Exp(-0.5), det = 1.5 - (a * a);
        var alpha0 = (1.0 - (2 * a)) / det;
        var (mean, variance) = gp.PredictObservation(0);
        Assert.Equal(1.0 - (0.5 * alpha0), mean, 9);
        Assert.Equal(0.5 - (0.25 / det), variance, 9);
        var (exact, none) = gp.PredictObservation(1);
        Assert.Equal(2.0, exact, 6);
        Assert.True(none < 1e-6);
        Assert.Throws<ArgumentOutOfRangeException>(() => gp.PredictObservation(2));
    }

    [Fact]
    public void PredictObservation_SharedNoiseCountsAsThePointsOwnValue()
    {
        // Exact readings of a rough function: the shared term is each point's deviation from the trend, kept as it is.
        var gp = GaussianProcess.Fit([[0.0], [0.1], [0.2]], [1.0, 5.0, 2.0], KernelKind.Matern52, 1.0, 0.2, observationNoise: [0.0, 0.0, 0.0]);
        Assert.Equal(5.0, gp.PredictObservation(1).Mean, 6);
        Assert.True(gp.Predict([0.1]).Mean < 4.5); // the smooth part alone is pulled towards the neighbours
    }
}

