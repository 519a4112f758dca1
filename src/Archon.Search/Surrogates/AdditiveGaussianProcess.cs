using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>
/// Gaussian-process regression with an <see cref="AdditiveKernel"/> on standardised targets, with optional known noise
/// per observation as in <see cref="GaussianProcess"/>. <see cref="FitBest"/> chooses each axis' variance and length
/// scale, the interaction variance and the noise by the log marginal likelihood (<see cref="AdditiveKernelSearch"/>).
/// </summary>
public sealed class AdditiveGaussianProcess : IGaussianSurrogate
{
    private readonly ConditionedTargets _fit;

    private AdditiveGaussianProcess(ConditionedTargets fit, AdditiveKernel kernel)
    {
        _fit = fit;
        Kernel = kernel;
    }

    public AdditiveKernel Kernel { get; }

    public double LogMarginalLikelihood => _fit.LogMarginalLikelihood;

    /// <summary>
    /// Fits with fixed hyperparameters. <paramref name="covariance"/>, when given, is the kernel's n × n matrix on
    /// <paramref name="x"/> (without noise), computed by the caller from cached parts.
    /// </summary>
    public static AdditiveGaussianProcess Fit(double[][] x, double[] y, AdditiveKernel kernel, IReadOnlyList<double>? observationNoise = null, Matrix<double>? covariance = null)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var fit = ConditionedTargets.Condition(x, y, observationNoise, standardize: true, kernel.Noise,
            n => covariance?.Clone() ?? Matrix<double>.Build.Dense(n, n, (i, j) => kernel.Covariance(x[i], x[j])));
        return new AdditiveGaussianProcess(fit, kernel);
    }

    /// <summary>
    /// Fits the hyperparameters by coordinate search on the marginal likelihood. With <paramref name="interaction"/>
    /// the kernel gets an interaction term over all dimensions with those weights and length scale.
    /// </summary>
    public static AdditiveGaussianProcess FitBest(double[][] x, double[] y, IReadOnlyList<int[]> groups, KernelKind shape, IReadOnlyList<double>? observationNoise = null, (IReadOnlyList<double> Weights, double LengthScale)? interaction = null) =>
        AdditiveKernelSearch.Run(x, y, groups, shape, observationNoise, interaction);

    public (double Mean, double Variance) Predict(double[] point)
    {
        var ks = new double[_fit.X.Length];
        for (var i = 0; i < ks.Length; i++)
        {
            ks[i] = Kernel.Covariance(_fit.X[i], point);
        }

        return _fit.Predict(ks, Kernel.Prior);
    }

    public (double[] Means, Matrix<double> Covariance) PredictJoint(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var cross = Matrix<double>.Build.Dense(_fit.X.Length, points.Count, (i, j) => Kernel.Covariance(_fit.X[i], points[j]));
        var prior = Matrix<double>.Build.Dense(points.Count, points.Count, (i, j) => Kernel.Covariance(points[i], points[j]));
        return _fit.PredictJoint(cross, prior);
    }

    public (double Mean, double Variance) PredictObservation(int index) => _fit.PredictObservation(index);

    public IGaussianSurrogate Refit(double[][] x, double[] y, IReadOnlyList<double>? observationNoise) => Fit(x, y, Kernel, observationNoise);

    public string Describe() => FormattableString.Invariant(
        $"additive {Kernel.Shape} v=[{string.Join(" ", Kernel.Variances.Select(v => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)))}]{(Kernel.InteractionVariance > 0 ? $" interaction={Kernel.InteractionVariance}" : "")} noise={Kernel.Noise}");
}
