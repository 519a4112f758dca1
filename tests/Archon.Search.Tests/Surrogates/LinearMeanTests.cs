using Archon.Search.Surrogates;

namespace Archon.Search.Tests.Surrogates;

public sealed class LinearMeanTests
{
    private static double Plane(double[] x) => 5 + (3 * x[0]) - (2 * x[1]);

    [Fact]
    public void Predict_FarOutsideTheData_FollowsTheFittedLine()
    {
        var random = new Random(3);
        double[][] x = [.. Enumerable.Range(0, 20).Select(_ => new[] { random.NextDouble(), random.NextDouble() })];
        var model = LinearMean.Fit(x, [.. x.Select(Plane)], (xs, r) => GaussianProcess.FitBest(xs, r, KernelKind.Matern52));
        double[] far = [4.0, -3.0];
        Assert.InRange(model.Predict(far).Mean, Plane(far) - 0.5, Plane(far) + 0.5); // ridge shrinks the slopes a little
        Assert.InRange(model.Trend(far), Plane(far) - 0.5, Plane(far) + 0.5);
    }

    [Fact]
    public void Predict_WithoutLinearMean_RevertsToTheAverageFarAway()
    {
        // The contrast that makes the test above mean something: a plain GP forgets the slope away from the data.
        var random = new Random(3);
        double[][] x = [.. Enumerable.Range(0, 20).Select(_ => new[] { random.NextDouble(), random.NextDouble() })];
        var y = x.Select(Plane).ToArray();
        var gp = GaussianProcess.FitBest(x, y, KernelKind.Matern52);
        Assert.Equal(y.Average(), gp.Predict([40.0, -30.0]).Mean, 1);
    }

    [Fact]
    public void Refit_KeepsTheResidualModelsHyperparameters()
    {
        double[][] x = [[0.0], [0.5], [1.0]];
        var model = LinearMean.Fit(x, [1.0, 2.0, 3.5], (xs, r) => GaussianProcess.Fit(xs, r, KernelKind.Matern52, 0.4, 0.01));
        var refit = model.Refit([[0.0], [0.5], [1.0], [0.25]], [1.0, 2.0, 3.5, 1.4], null);
        Assert.Equal("gp Matern52 l=0.4 noise=0.01 +linear", refit.Describe());
    }
}
