using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>
/// Gaussian-process regression with an <see cref="AdditiveKernel"/> on standardised targets, with optional known noise
/// per observation as in <see cref="GaussianProcess"/>. <see cref="FitBest"/> chooses each axis' variance and length
/// scale, the interaction variance and the noise by the log marginal likelihood (<see cref="AdditiveKernelSearch"/>).
/// </summary>
public sealed class AdditiveGaussianProcess : IGaussianSurrogate
{
    private readonly double[][] _x;
    private readonly double[] _t;
    private readonly double[] _own;
    private readonly Vector<double> _alpha;
    private readonly Matrix<double> _lower;
    private readonly double _mean;
    private readonly double _scale;

    private AdditiveGaussianProcess(double[][] x, double[] t, double[] own, Vector<double> alpha, Matrix<double> lower, double mean, double scale, AdditiveKernel kernel, double logLikelihood)
    {
        _x = x;
        _t = t;
        _own = own;
        _alpha = alpha;
        _lower = lower;
        _mean = mean;
        _scale = scale;
        Kernel = kernel;
        LogMarginalLikelihood = logLikelihood;
    }

    public AdditiveKernel Kernel { get; }

    public double LogMarginalLikelihood { get; }

    /// <summary>
    /// Fits with fixed hyperparameters. <paramref name="covariance"/>, when given, is the kernel's n × n matrix on
    /// <paramref name="x"/> (without noise), computed by the caller from cached parts.
    /// </summary>
    public static AdditiveGaussianProcess Fit(double[][] x, double[] y, AdditiveKernel kernel, IReadOnlyList<double>? observationNoise = null, Matrix<double>? covariance = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(kernel);
        if (x.Length == 0 || x.Length != y.Length)
        {
            throw new ArgumentException("need at least one observation and as many targets as inputs");
        }

        if (observationNoise is not null && (observationNoise.Count != y.Length || observationNoise.Any(v => !(v >= 0))))
        {
            throw new ArgumentException("need one non-negative noise variance per observation", nameof(observationNoise));
        }

        var n = x.Length;
        var mean = y.Average();
        var sd = Math.Sqrt(y.Sum(v => (v - mean) * (v - mean)) / n);
        var scale = sd > 1e-9 ? sd : 1;
        var t = Vector<double>.Build.Dense(n, i => (y[i] - mean) / scale);
        var own = observationNoise is null ? new double[n] : observationNoise.Select(v => v / (scale * scale)).ToArray();
        var k = covariance?.Clone() ?? Matrix<double>.Build.Dense(n, n, (i, j) => kernel.Covariance(x[i], x[j]));
        for (var i = 0; i < n; i++)
        {
            k[i, i] += kernel.Noise + own[i] + 1e-10;
        }

        var chol = k.Cholesky();
        var alpha = chol.Solve(t);
        var ll = (-0.5 * t.DotProduct(alpha)) - (0.5 * chol.DeterminantLn) - (0.5 * n * Math.Log(2 * Math.PI));
        return new AdditiveGaussianProcess(x, t.ToArray(), own, alpha, chol.Factor, mean, scale, kernel, ll);
    }

    /// <summary>
    /// Fits the hyperparameters by coordinate search on the marginal likelihood. With <paramref name="interaction"/>
    /// the kernel gets an interaction term over all dimensions with those weights and length scale.
    /// </summary>
    public static AdditiveGaussianProcess FitBest(double[][] x, double[] y, IReadOnlyList<int[]> groups, KernelKind shape, IReadOnlyList<double>? observationNoise = null, (IReadOnlyList<double> Weights, double LengthScale)? interaction = null) =>
        AdditiveKernelSearch.Run(x, y, groups, shape, observationNoise, interaction);

    public (double Mean, double Variance) Predict(double[] point)
    {
        var ks = new double[_x.Length];
        for (var i = 0; i < ks.Length; i++)
        {
            ks[i] = Kernel.Covariance(_x[i], point);
        }

        var (mu, variance) = PosteriorAlgebra.Marginal(_lower, _alpha, ks, Kernel.Prior);
        return ((mu * _scale) + _mean, variance * _scale * _scale);
    }

    public (double[] Means, Matrix<double> Covariance) PredictJoint(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var cross = Matrix<double>.Build.Dense(_x.Length, points.Count, (i, j) => Kernel.Covariance(_x[i], points[j]));
        var prior = Matrix<double>.Build.Dense(points.Count, points.Count, (i, j) => Kernel.Covariance(points[i], points[j]));
        var (means, covariance) = PosteriorAlgebra.Joint(_lower, _alpha, cross, prior);
        return (means.Select(m => (m * _scale) + _mean).ToArray(), covariance * (_scale * _scale));
    }

    public (double Mean, double Variance) PredictObservation(int index)
    {
        var (mean, variance) = PosteriorAlgebra.Observation(_lower, _alpha, _t, _own, index);
        return ((mean * _scale) + _mean, variance * _scale * _scale);
    }

    public IGaussianSurrogate Refit(double[][] x, double[] y, IReadOnlyList<double>? observationNoise) => Fit(x, y, Kernel, observationNoise);

    public string Describe() => FormattableString.Invariant(
        $"additive {Kernel.Shape} v=[{string.Join(" ", Kernel.Variances.Select(v => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)))}]{(Kernel.InteractionVariance > 0 ? $" interaction={Kernel.InteractionVariance}" : "")} noise={Kernel.Noise}");
}
