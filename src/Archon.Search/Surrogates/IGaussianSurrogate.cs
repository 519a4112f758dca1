using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>
/// A Gaussian-process posterior over encoded points (as <see cref="Spaces.PointEncoder"/> gives them), whatever its
/// kernel, input scaling or prior mean: what the acquisition functions need from a surrogate.
/// </summary>
public interface IGaussianSurrogate
{
    /// <summary>Log marginal likelihood of the fitted targets.</summary>
    double LogMarginalLikelihood { get; }

    /// <summary>Posterior mean and variance of the latent function at <paramref name="point"/>, in target units.</summary>
    (double Mean, double Variance) Predict(double[] point);

    /// <summary>Posterior means and covariance matrix of the latent function at <paramref name="points"/> jointly.</summary>
    (double[] Means, Matrix<double> Covariance) PredictJoint(IReadOnlyList<double[]> points);

    /// <summary>Posterior mean and variance of observation <paramref name="index"/> without its own measurement noise.</summary>
    (double Mean, double Variance) PredictObservation(int index);

    /// <summary>The same model (hyperparameters kept) fitted to other observations — for the constant liar.</summary>
    IGaussianSurrogate Refit(double[][] x, double[] y, IReadOnlyList<double>? observationNoise);

    /// <summary>A short description for the search state.</summary>
    string Describe();
}
