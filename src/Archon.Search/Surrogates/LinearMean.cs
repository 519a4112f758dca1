using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>
/// A linear prior mean under a Gaussian process: ridge regression of the targets on the encoded features (intercept
/// unpenalised, penalty chosen by leave-one-out error), with the GP fitted to what the line leaves. Main effects
/// then cost the GP nothing and its kernel describes only the deviations. The line's own uncertainty is ignored.
/// </summary>
public sealed class LinearMean : IGaussianSurrogate
{
    private static readonly double[] Penalties = [0.01, 0.1, 1, 10, 100];

    private readonly double _intercept;
    private readonly double[] _slopes;
    private readonly IGaussianSurrogate _residuals;
    private readonly Func<double[][], double[], IGaussianSurrogate> _fitResiduals;

    private LinearMean(double intercept, double[] slopes, IGaussianSurrogate residuals, Func<double[][], double[], IGaussianSurrogate> fitResiduals)
    {
        _intercept = intercept;
        _slopes = slopes;
        _residuals = residuals;
        _fitResiduals = fitResiduals;
    }

    /// <summary>Fits the line, then <paramref name="fitResiduals"/> on the residuals.</summary>
    public static LinearMean Fit(double[][] x, double[] y, Func<double[][], double[], IGaussianSurrogate> fitResiduals)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(fitResiduals);
        var (intercept, slopes) = Ridge(x, y);
        var residuals = y.Select((v, i) => v - Line(intercept, slopes, x[i])).ToArray();
        return new LinearMean(intercept, slopes, fitResiduals(x, residuals), fitResiduals);
    }

    /// <summary>The fitted line at <paramref name="point"/>.</summary>
    public double Trend(double[] point) => Line(_intercept, _slopes, point);

    public double LogMarginalLikelihood => _residuals.LogMarginalLikelihood;

    public (double Mean, double Variance) Predict(double[] point)
    {
        var (m, v) = _residuals.Predict(point);
        return (m + Trend(point), v);
    }

    public (double[] Means, Matrix<double> Covariance) PredictJoint(IReadOnlyList<double[]> points)
    {
        var (means, covariance) = _residuals.PredictJoint(points);
        return (means.Select((m, i) => m + Trend(points[i])).ToArray(), covariance);
    }

    public (double Mean, double Variance) PredictObservation(int index) => _residuals.PredictObservation(index);

    public IGaussianSurrogate Refit(double[][] x, double[] y, IReadOnlyList<double>? observationNoise) =>
        Fit(x, y, (xs, r) => _residuals.Refit(xs, r, observationNoise));

    public string Describe() => _residuals.Describe() + " +linear";

    private static double Line(double intercept, double[] slopes, double[] point)
    {
        var s = intercept;
        for (var d = 0; d < slopes.Length; d++)
        {
            s += slopes[d] * point[d];
        }

        return s;
    }

    // Centred ridge regression; the penalty with the smallest leave-one-out error, e_i / (1 − H_ii).
    private static (double Intercept, double[] Slopes) Ridge(double[][] x, double[] y)
    {
        var n = y.Length;
        var dims = x.Length == 0 ? 0 : x[0].Length;
        var yMean = y.Average();
        var xMean = Enumerable.Range(0, dims).Select(d => x.Average(p => p[d])).ToArray();
        var a = Matrix<double>.Build.Dense(n, dims, (i, d) => x[i][d] - xMean[d]);
        var b = Vector<double>.Build.Dense(n, i => y[i] - yMean);
        var gram = a.TransposeThisAndMultiply(a);
        var aty = a.TransposeThisAndMultiply(b);
        double[]? best = null;
        var bestError = double.PositiveInfinity;
        foreach (var penalty in Penalties)
        {
            var inverse = (gram + (penalty * Matrix<double>.Build.DenseIdentity(dims))).Inverse();
            var beta = inverse * aty;
            var hat = a * inverse * a.Transpose();
            var fitted = a * beta;
            double error = 0;
            for (var i = 0; i < n; i++)
            {
                var e = (b[i] - fitted[i]) / Math.Max(1e-6, 1 - hat[i, i]);
                error += e * e;
            }

            if (error < bestError)
            {
                bestError = error;
                best = beta.ToArray();
            }
        }

        best ??= new double[dims];
        var intercept = yMean - Enumerable.Range(0, dims).Sum(d => best[d] * xMean[d]);
        return (intercept, best);
    }
}
