using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>
/// What every Gaussian process here keeps after fitting, whatever its kernel: the inputs, the standardised targets,
/// each observation's own noise in those units, the Cholesky factor of the targets' covariance and α = C⁻¹t; and the
/// predictions made from them, mapped back to target units (<see cref="PosteriorAlgebra"/> does the algebra).
/// </summary>
internal sealed class ConditionedTargets
{
    private readonly double[] _t;
    private readonly double[] _own;
    private readonly Vector<double> _alpha;
    private readonly Matrix<double> _lower;
    private readonly double _mean;
    private readonly double _scale;

    private ConditionedTargets(double[][] x, double[] t, double[] own, Vector<double> alpha, Matrix<double> lower, double mean, double scale, double logLikelihood)
    {
        X = x;
        _t = t;
        _own = own;
        _alpha = alpha;
        _lower = lower;
        _mean = mean;
        _scale = scale;
        LogMarginalLikelihood = logLikelihood;
    }

    /// <summary>The observed inputs.</summary>
    public double[][] X { get; }

    /// <summary>Log marginal likelihood of the (standardised) targets.</summary>
    public double LogMarginalLikelihood { get; }

    /// <summary>
    /// Conditions on <paramref name="y"/> at <paramref name="x"/>. <paramref name="covariance"/> is the kernel's n × n
    /// matrix (without noise; its diagonal receives <paramref name="sharedNoise"/> and each observation's own noise, so
    /// pass a matrix the caller does not keep). With <paramref name="standardize"/> the targets are centred and scaled
    /// to unit variance first; otherwise the prior mean is 0 and the scale 1.
    /// </summary>
    public static ConditionedTargets Condition(double[][] x, double[] y, IReadOnlyList<double>? observationNoise, bool standardize, double sharedNoise, Func<int, Matrix<double>> covariance)
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
        var k = covariance(n);
        for (var i = 0; i < n; i++)
        {
            k[i, i] += sharedNoise + own[i] + 1e-10;
        }

        var chol = k.Cholesky();
        var alpha = chol.Solve(t);
        var ll = (-0.5 * t.DotProduct(alpha)) - (0.5 * chol.DeterminantLn) - (0.5 * n * Math.Log(2 * Math.PI));
        return new ConditionedTargets(x, t.ToArray(), own, alpha, chol.Factor, mean, scale, ll);
    }

    /// <summary>Posterior mean and variance at a point from its covariances with the inputs and its prior variance.</summary>
    public (double Mean, double Variance) Predict(double[] crossCovariances, double prior)
    {
        var (mu, variance) = PosteriorAlgebra.Marginal(_lower, _alpha, crossCovariances, prior);
        return ((mu * _scale) + _mean, variance * _scale * _scale);
    }

    /// <summary>Joint posterior from the n × m cross-covariances and the m × m prior covariance.</summary>
    public (double[] Means, Matrix<double> Covariance) PredictJoint(Matrix<double> cross, Matrix<double> prior)
    {
        var (means, covariance) = PosteriorAlgebra.Joint(_lower, _alpha, cross, prior);
        return (means.Select(m => (m * _scale) + _mean).ToArray(), covariance * (_scale * _scale));
    }

    /// <summary>Posterior of observation <paramref name="index"/> without its own noise (<see cref="PosteriorAlgebra.Observation"/>).</summary>
    public (double Mean, double Variance) PredictObservation(int index)
    {
        var (mean, variance) = PosteriorAlgebra.Observation(_lower, _alpha, _t, _own, index);
        return ((mean * _scale) + _mean, variance * _scale * _scale);
    }
}
