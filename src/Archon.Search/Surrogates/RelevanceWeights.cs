namespace Archon.Search.Surrogates;

/// <summary>
/// Automatic relevance determination for <see cref="GaussianProcess"/>: one weight per input dimension that scales it
/// before the isotropic kernel (weight 0 drops a dimension, 2 makes it count double), so the model learns which axes
/// move the score — the fuser model more than the critic model, say — instead of one length scale for all. The
/// isotropic length scale and noise come from <see cref="GaussianProcess.FitBest"/>; each weight is then chosen in
/// turn (two sweeps) among multiples of its value by the log marginal likelihood.
/// </summary>
public static class RelevanceWeights
{
    private static readonly double[] Factors = [0.0, 0.25, 0.5, 2.0, 4.0];
    private const int Sweeps = 2;

    /// <summary>Fits the weights and returns them with the GP fitted on the weighted inputs.</summary>
    public static (GaussianProcess Gp, double[] Weights) Fit(double[][] x, double[] y, KernelKind kernel, IReadOnlyList<double>? observationNoise = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        var isotropic = GaussianProcess.FitBest(x, y, kernel, observationNoise);
        var weights = Enumerable.Repeat(1.0, x.Length == 0 ? 0 : x[0].Length).ToArray();
        var best = isotropic;
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            for (var d = 0; d < weights.Length; d++)
            {
                var kept = weights[d];
                var chosen = kept;
                foreach (var factor in Factors)
                {
                    weights[d] = kept * factor;
                    if (TryFit(x, y, isotropic, weights, observationNoise) is { } gp && gp.LogMarginalLikelihood > best.LogMarginalLikelihood + 1e-9)
                    {
                        best = gp;
                        chosen = weights[d];
                    }
                }

                weights[d] = chosen;
            }
        }

        return (best, weights);
    }

    /// <summary>The input scaled by the weights.</summary>
    public static double[] Apply(double[] x, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(weights);
        var scaled = new double[x.Length];
        for (var d = 0; d < x.Length; d++)
        {
            scaled[d] = x[d] * weights[d];
        }

        return scaled;
    }

    private static GaussianProcess? TryFit(double[][] x, double[] y, GaussianProcess isotropic, double[] weights, IReadOnlyList<double>? noise)
    {
        try
        {
            return GaussianProcess.Fit(x.Select(p => Apply(p, weights)).ToArray(), y, isotropic.Kernel, isotropic.LengthScale, isotropic.Noise, observationNoise: noise);
        }
        catch (ArgumentException)
        {
            return null; // not positive definite with these weights
        }
    }
}
