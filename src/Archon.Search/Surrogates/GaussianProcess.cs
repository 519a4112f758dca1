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

    private readonly ConditionedTargets _fit;

    private GaussianProcess(ConditionedTargets fit, KernelKind kernel, double lengthScale, double noise)
    {
        _fit = fit;
        Kernel = kernel;
        LengthScale = lengthScale;
        Noise = noise;
    }

    public KernelKind Kernel { get; }
    public double LengthScale { get; }

    /// <summary>Shared noise variance, relative to the (unit) signal variance (added to any per-observation variance).</summary>
    public double Noise { get; }

    /// <summary>Log marginal likelihood of the (standardised) targets.</summary>
    public double LogMarginalLikelihood => _fit.LogMarginalLikelihood;

    /// <summary>
    /// Fits with fixed hyperparameters. When <paramref name="standardize"/> is set, targets are centred and scaled to
    /// unit variance first (predictions are mapped back); otherwise the prior mean is 0 and signal variance 1.
    /// <paramref name="observationNoise"/> gives each observation's own noise variance in target units (scaled with
    /// the targets); the covariance of the targets is then K + (noise + σ²ᵢ/scale²)·I.
    /// </summary>
    public static GaussianProcess Fit(double[][] x, double[] y, KernelKind kernel, double lengthScale, double noise, bool standardize = true, IReadOnlyList<double>? observationNoise = null)
    {
        var fit = ConditionedTargets.Condition(x, y, observationNoise, standardize, noise,
            n => Matrix<double>.Build.Dense(n, n, (i, j) => Covariance(kernel, lengthScale, x[i], x[j])));
        return new GaussianProcess(fit, kernel, lengthScale, noise);
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
        var ks = new double[_fit.X.Length];
        for (var i = 0; i < ks.Length; i++)
        {
            ks[i] = Covariance(Kernel, LengthScale, _fit.X[i], point);
        }

        return _fit.Predict(ks, 1.0);
    }

    /// <inheritdoc/>
    public (double[] Means, Matrix<double> Covariance) PredictJoint(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var cross = Matrix<double>.Build.Dense(_fit.X.Length, points.Count, (i, j) => Covariance(Kernel, LengthScale, _fit.X[i], points[j]));
        var prior = Matrix<double>.Build.Dense(points.Count, points.Count, (i, j) => Covariance(Kernel, LengthScale, points[i], points[j]));
        return _fit.PredictJoint(cross, prior);
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
    public (double Mean, double Variance) PredictObservation(int index) => _fit.PredictObservation(index);
}
