using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>
/// Gaussian-process regression with an isotropic kernel, signal variance 1 on standardised targets and Gaussian
/// observation noise: one shared noise variance, plus (optionally) a known variance per observation — heteroscedastic
/// noise, for observations measured with different precision such as scores on subsamples of different sizes.
/// <see cref="FitBest"/> chooses length scale and shared noise by the log marginal likelihood over a grid.
/// </summary>
public sealed class GaussianProcess : IGaussianSurrogate
{
    private static readonly double[] LengthScales = [0.1, 0.2, 0.35, 0.6, 1.0, 1.7, 3.0];
    private static readonly double[] Noises = [1e-4, 1e-3, 1e-2, 0.05, 0.2];

    private readonly double[][] _x;
    private readonly double[] _t;
    private readonly double[] _own;
    private readonly Vector<double> _alpha;
    private readonly Matrix<double> _lower;
    private readonly double _mean;
    private readonly double _scale;

    private GaussianProcess(double[][] x, double[] t, double[] own, Vector<double> alpha, Matrix<double> lower, double mean, double scale, KernelKind kernel, double lengthScale, double noise, double logLikelihood)
    {
        _x = x;
        _t = t;
        _own = own;
        _alpha = alpha;
        _lower = lower;
        _mean = mean;
        _scale = scale;
        Kernel = kernel;
        LengthScale = lengthScale;
        Noise = noise;
        LogMarginalLikelihood = logLikelihood;
    }

    public KernelKind Kernel { get; }
    public double LengthScale { get; }

    /// <summary>Shared noise variance, relative to the (unit) signal variance (added to any per-observation variance).</summary>
    public double Noise { get; }

    /// <summary>Log marginal likelihood of the (standardised) targets.</summary>
    public double LogMarginalLikelihood { get; }

    /// <summary>
    /// Fits with fixed hyperparameters. When <paramref name="standardize"/> is set, targets are centred and scaled to
    /// unit variance first (predictions are mapped back); otherwise the prior mean is 0 and signal variance 1.
    /// <paramref name="observationNoise"/> gives each observation's own noise variance in target units (scaled with
    /// the targets); the covariance of the targets is then K + (noise + σ²ᵢ/scale²)·I.
    /// </summary>
    public static GaussianProcess Fit(double[][] x, double[] y, KernelKind kernel, double lengthScale, double noise, bool standardize = true, IReadOnlyList<double>? observationNoise = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0 || x.Length != y.Length)
        {
            throw new ArgumentException("need at least one observation and as many targets as inputs");
        }

        if (observationNoise is not null && (observationNoise.Count != y.Length || observationNoise.Any(v => !(v >= 0))))
        {
            throw new ArgumentException("need one non-negative noise variance per observation", nameof(observationNoise));
        }

        var n = x.Length;
        double mean = 0, scale = 1;
        if (standardize)
        {
            mean = y.Average();
            var sd = Math.Sqrt(y.Sum(v => (v - mean) * (v - mean)) / n);
            scale = sd > 1e-9 ? sd : 1;
        }

        var t = Vector<double>.Build.Dense(n, i => (y[i] - mean) / scale);
        var own = observationNoise is null ? new double[n] : observationNoise.Select(v => v / (scale * scale)).ToArray();
        var k = Matrix<double>.Build.Dense(n, n, (i, j) => Covariance(kernel, lengthScale, x[i], x[j]) + (i == j ? noise + own[i] + 1e-10 : 0));
        var chol = k.Cholesky();
        var alpha = chol.Solve(t);
        var ll = (-0.5 * t.DotProduct(alpha)) - (0.5 * chol.DeterminantLn) - (0.5 * n * Math.Log(2 * Math.PI));
        return new GaussianProcess(x, t.ToArray(), own, alpha, chol.Factor, mean, scale, kernel, lengthScale, noise, ll);
    }

    /// <summary>
    /// Fits over the length-scale × shared-noise grid and keeps the highest marginal likelihood. With
    /// <paramref name="observationNoise"/>, the shared noise is what the known per-observation variances do not explain.
    /// </summary>
    public static GaussianProcess FitBest(double[][] x, double[] y, KernelKind kernel, IReadOnlyList<double>? observationNoise = null)
    {
        GaussianProcess? best = null;
        foreach (var l in LengthScales)
        {
            foreach (var s in Noises)
            {
                GaussianProcess gp;
                try
                {
                    gp = Fit(x, y, kernel, l, s, observationNoise: observationNoise);
                }
                catch (ArgumentException)
                {
                    continue; // not positive definite at this setting
                }

                if (best is null || gp.LogMarginalLikelihood > best.LogMarginalLikelihood)
                {
                    best = gp;
                }
            }
        }

        return best ?? Fit(x, y, kernel, 1.0, 0.2, observationNoise: observationNoise);
    }

    /// <summary>Covariance between two encoded points.</summary>
    public static double Covariance(KernelKind kernel, double lengthScale, double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double d2 = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            d2 += d * d;
        }

        return Profile(kernel, lengthScale, d2);
    }

    /// <summary>The kernel as a function of the squared distance <paramref name="d2"/>.</summary>
    public static double Profile(KernelKind kernel, double lengthScale, double d2)
    {
        if (kernel == KernelKind.Rbf)
        {
            return Math.Exp(-d2 / (2 * lengthScale * lengthScale));
        }

        var r = Math.Sqrt(5 * d2) / lengthScale;
        return (1 + r + (r * r / 3)) * Math.Exp(-r);
    }

    /// <summary>Posterior mean and variance of the latent function at <paramref name="point"/>, in target units.</summary>
    public (double Mean, double Variance) Predict(double[] point)
    {
        var ks = new double[_x.Length];
        for (var i = 0; i < ks.Length; i++)
        {
            ks[i] = Covariance(Kernel, LengthScale, _x[i], point);
        }

        var (mu, variance) = PosteriorAlgebra.Marginal(_lower, _alpha, ks, 1.0);
        return ((mu * _scale) + _mean, variance * _scale * _scale);
    }

    /// <inheritdoc/>
    public (double[] Means, Matrix<double> Covariance) PredictJoint(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var cross = Matrix<double>.Build.Dense(_x.Length, points.Count, (i, j) => Covariance(Kernel, LengthScale, _x[i], points[j]));
        var prior = Matrix<double>.Build.Dense(points.Count, points.Count, (i, j) => Covariance(Kernel, LengthScale, points[i], points[j]));
        var (means, covariance) = PosteriorAlgebra.Joint(_lower, _alpha, cross, prior);
        return (means.Select(m => (m * _scale) + _mean).ToArray(), covariance * (_scale * _scale));
    }

    /// <inheritdoc/>
    public IGaussianSurrogate Refit(double[][] x, double[] y, IReadOnlyList<double>? observationNoise) =>
        Fit(x, y, Kernel, LengthScale, Noise, observationNoise: observationNoise);

    /// <inheritdoc/>
    public string Describe() => FormattableString.Invariant($"gp {Kernel} l={LengthScale} noise={Noise}");

    /// <summary>
    /// Posterior mean and variance of what observation <paramref name="index"/> would read without its own
    /// measurement noise: y − E[ε | y] and Var[ε | y] = σ² − σ⁴·(C⁻¹)ᵢᵢ, with C the targets' covariance and σ² the
    /// observation's own noise variance. The shared noise counts as part of the point's value here (a deviation of
    /// this point from the smooth trend, which re-measuring would reproduce), so an exactly measured observation is
    /// returned as it is, and a noisy one is shrunk towards what the others predict in proportion to its noise.
    /// </summary>
    public (double Mean, double Variance) PredictObservation(int index)
    {
        var (mean, variance) = PosteriorAlgebra.Observation(_lower, _alpha, _t, _own, index);
        return ((mean * _scale) + _mean, variance * _scale * _scale);
    }
}
