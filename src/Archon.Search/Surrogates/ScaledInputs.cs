using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>A surrogate fitted on inputs scaled by <see cref="RelevanceWeights"/>, queried with unscaled inputs.</summary>
public sealed class ScaledInputs : IGaussianSurrogate
{
    private readonly IGaussianSurrogate _inner;
    private readonly IReadOnlyList<double> _weights;

    public ScaledInputs(IGaussianSurrogate inner, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(weights);
        _inner = inner;
        _weights = weights;
    }

    public double LogMarginalLikelihood => _inner.LogMarginalLikelihood;

    public (double Mean, double Variance) Predict(double[] point) => _inner.Predict(RelevanceWeights.Apply(point, _weights));

    public (double[] Means, Matrix<double> Covariance) PredictJoint(IReadOnlyList<double[]> points) =>
        _inner.PredictJoint(points.Select(p => RelevanceWeights.Apply(p, _weights)).ToList());

    public (double Mean, double Variance) PredictObservation(int index) => _inner.PredictObservation(index);

    public IGaussianSurrogate Refit(double[][] x, double[] y, IReadOnlyList<double>? observationNoise) =>
        new ScaledInputs(_inner.Refit(x.Select(p => RelevanceWeights.Apply(p, _weights)).ToArray(), y, observationNoise), _weights);

    public string Describe() => _inner.Describe() + " ard";
}
