using Archon.Search.Surrogates;

namespace Archon.Search.Tests.Surrogates;

public sealed class AdditiveGaussianProcessTests
{
    // Six one-dimensional axes; the target is a sum of a main effect per axis, two of them zero.
    private static readonly int[][] Groups = [.. Enumerable.Range(0, 6).Select(d => new[] { d })];

    private static double Additive(double[] x) => (3 * x[0]) + (2 * Math.Sin(3 * x[1])) - (4 * (x[2] - 0.5) * (x[2] - 0.5)) + x[3];

    private static double[][] Points(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 6).Select(_ => random.NextDouble()).ToArray())];
    }

    [Fact]
    public void FitBest_AdditiveFunction_PredictsUnseenPointsFarBetterThanTheMean()
    {
        var x = Points(30, 1);
        var test = Points(200, 2);
        var gp = AdditiveGaussianProcess.FitBest(x, [.. x.Select(Additive)], Groups, KernelKind.Matern52);
        var truth = test.Select(Additive).ToArray();
        var mean = truth.Average();
        var errors = test.Select((p, i) => gp.Predict(p).Mean - truth[i]).ToArray();
        var rmse = Math.Sqrt(errors.Average(e => e * e));
        var sd = Math.Sqrt(truth.Average(t => (t - mean) * (t - mean)));
        Assert.True(rmse < 0.25 * sd, $"rmse {rmse:0.###} vs sd {sd:0.###}");
    }

    [Fact]
    public void FitBest_AdditiveFunction_PredictsUnseenPointsBetterThanOneFullKernel()
    {
        var x = Points(30, 3);
        var test = Points(200, 4);
        var y = x.Select(Additive).ToArray();
        var additive = AdditiveGaussianProcess.FitBest(x, y, Groups, KernelKind.Matern52);
        var (full, weights) = RelevanceWeights.Fit(x, y, KernelKind.Matern52);
        double Rmse(Func<double[], double> predict) => Math.Sqrt(test.Average(p => Math.Pow(predict(p) - Additive(p), 2)));
        Assert.True(Rmse(p => additive.Predict(p).Mean) < Rmse(p => full.Predict(RelevanceWeights.Apply(p, weights)).Mean));
    }

    [Fact]
    public void FitBest_AxisWithoutEffect_GetsLessVarianceThanAxisWithEffect()
    {
        var x = Points(40, 5);
        var gp = AdditiveGaussianProcess.FitBest(x, [.. x.Select(Additive)], Groups, KernelKind.Matern52);
        Assert.True(gp.Kernel.Variances[4] < gp.Kernel.Variances[0], string.Join(" ", gp.Kernel.Variances));
        Assert.True(gp.Kernel.Variances[5] < gp.Kernel.Variances[0], string.Join(" ", gp.Kernel.Variances));
    }

    [Fact]
    public void Predict_OneGroupOverAllDimensions_MatchesGaussianProcess()
    {
        double[][] x = [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.5, 0.5]];
        double[] y = [3.0, 5.0, 4.0, 1.0];
        var additive = AdditiveGaussianProcess.Fit(x, y, new AdditiveKernel([[0, 1]], [1.0], [0.7], 0.01));
        var gp = GaussianProcess.Fit(x, y, KernelKind.Matern52, 0.7, 0.01);
        foreach (var p in new[] { new[] { 0.2, 0.9 }, new[] { 1.0, 1.0 }, new[] { 0.0, 0.0 } })
        {
            Assert.Equal(gp.Predict(p).Mean, additive.Predict(p).Mean, 9);
            Assert.Equal(gp.Predict(p).Variance, additive.Predict(p).Variance, 9);
        }

        Assert.Equal(gp.LogMarginalLikelihood, additive.LogMarginalLikelihood, 9);
    }

    [Fact]
    public void PredictJoint_Diagonal_MatchesMarginals()
    {
        var x = Points(15, 6);
        var gp = AdditiveGaussianProcess.FitBest(x, [.. x.Select(Additive)], Groups, KernelKind.Matern52, interaction: (Enumerable.Repeat(1.0, 6).ToArray(), 1.0));
        var test = Points(5, 7);
        var (means, covariance) = gp.PredictJoint(test);
        for (var i = 0; i < test.Length; i++)
        {
            var (m, v) = gp.Predict(test[i]);
            Assert.Equal(m, means[i], 9);
            Assert.Equal(v, covariance[i, i], 9);
        }
    }

    [Fact]
    public void Covariance_InteractionTerm_AddsItsWeightedKernel()
    {
        var kernel = new AdditiveKernel([[0], [1]], [0.5, 0.25], [1.0, 1.0], 0.0)
        {
            InteractionVariance = 2.0,
            InteractionWeights = [1.0, 0.0],
            InteractionLengthScale = 0.5,
        };
        double[] a = [0.0, 0.0], b = [0.3, 0.6];
        var expected = (0.5 * GaussianProcess.Covariance(KernelKind.Matern52, 1.0, [0.0], [0.3]))
            + (0.25 * GaussianProcess.Covariance(KernelKind.Matern52, 1.0, [0.0], [0.6]))
            + (2.0 * GaussianProcess.Covariance(KernelKind.Matern52, 0.5, [0.0], [0.3]));
        Assert.Equal(expected, kernel.Covariance(a, b), 12);
        Assert.Equal(2.75, kernel.Covariance(a, a), 12);
    }
}
