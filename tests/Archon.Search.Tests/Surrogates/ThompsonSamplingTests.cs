using Archon.Search.Surrogates;
using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Tests.Surrogates;

public sealed class ThompsonSamplingTests
{
    private static readonly double[][] Observed = [[0.0], [0.25], [0.5], [0.75], [1.0]];
    private static readonly double[][] Candidates = [.. Enumerable.Range(0, 41).Select(i => new[] { i / 40.0 })];

    [Fact]
    public void Choose_SameSeed_SameCandidate()
    {
        var gp = GaussianProcess.Fit(Observed, [1.0, 2.0, 1.5, 2.2, 0.5], KernelKind.Matern52, 0.3, 0.05);
        var a = Enumerable.Range(0, 10).Select(s => ThompsonSampling.Choose(gp, Candidates, new Random(s))).ToList();
        var b = Enumerable.Range(0, 10).Select(s => ThompsonSampling.Choose(gp, Candidates, new Random(s))).ToList();
        Assert.Equal(a, b);
        Assert.True(a.Distinct().Count() > 1, "an uncertain posterior should not give the same choice for every seed");
    }

    [Fact]
    public void Choose_ConfidentPosterior_PicksTheMaximumOfTheMean()
    {
        double[][] x = [.. Enumerable.Range(0, 21).Select(i => new[] { i / 20.0 })];
        var gp = GaussianProcess.Fit(x, [.. x.Select(p => -Math.Pow(p[0] - 0.6, 2))], KernelKind.Rbf, 0.3, 1e-6);
        for (var seed = 0; seed < 5; seed++)
        {
            Assert.Equal(24, ThompsonSampling.Choose(gp, Candidates, new Random(seed))); // 24 / 40 = 0.6
        }
    }

    [Fact]
    public void Sample_ManyDraws_HaveTheGivenMeansAndCovariance()
    {
        var covariance = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.8 }, { 0.8, 2.0 } });
        var random = new Random(11);
        var draws = Enumerable.Range(0, 20_000).Select(_ => ThompsonSampling.Sample([1.0, -2.0], covariance, random)).ToList();
        var m0 = draws.Average(d => d[0]);
        var m1 = draws.Average(d => d[1]);
        Assert.Equal(1.0, m0, 1);
        Assert.Equal(-2.0, m1, 1);
        Assert.Equal(2.0, draws.Average(d => (d[1] - m1) * (d[1] - m1)), 1);
        Assert.Equal(0.8, draws.Average(d => (d[0] - m0) * (d[1] - m1)), 1);
    }

    [Fact]
    public void PredictJoint_GaussianProcess_DiagonalMatchesMarginals()
    {
        var gp = GaussianProcess.Fit(Observed, [1.0, 2.0, 1.5, 2.2, 0.5], KernelKind.Matern52, 0.3, 0.05);
        var (means, covariance) = gp.PredictJoint(Candidates);
        for (var i = 0; i < Candidates.Length; i += 7)
        {
            Assert.Equal(gp.Predict(Candidates[i]).Mean, means[i], 9);
            Assert.Equal(gp.Predict(Candidates[i]).Variance, covariance[i, i], 9);
        }
    }
}
