using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>
/// Thompson sampling: one draw of the latent function from the GP posterior, jointly over the candidates, and the
/// candidate where the draw is highest. The joint draw covers the <see cref="JointSize"/> candidates with the highest
/// mean + 3 standard deviations (a candidate further down is very unlikely to hold the draw's maximum), so a pool of
/// a thousand costs one factorisation of a matrix of that size.
/// </summary>
public static class ThompsonSampling
{
    /// <summary>Candidates drawn jointly.</summary>
    public const int JointSize = 200;

    /// <summary>The index into <paramref name="points"/> of the highest value of one posterior draw (lowest index on ties).</summary>
    public static int Choose(IGaussianSurrogate surrogate, IReadOnlyList<double[]> points, Random random)
    {
        ArgumentNullException.ThrowIfNull(surrogate);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(random);
        if (points.Count == 0)
        {
            throw new ArgumentException("need at least one candidate", nameof(points));
        }

        var shortlist = Enumerable.Range(0, points.Count)
            .Select(i =>
            {
                var (mean, variance) = surrogate.Predict(points[i]);
                return (Index: i, Bound: UpperConfidenceBound.Compute(mean, variance, 3.0));
            })
            .OrderByDescending(c => c.Bound).ThenBy(c => c.Index)
            .Take(JointSize)
            .Select(c => c.Index)
            .Order()
            .ToList();
        var (means, covariance) = surrogate.PredictJoint(shortlist.Select(i => points[i]).ToList());
        var draw = Sample(means, covariance, random);
        var best = 0;
        for (var i = 1; i < draw.Length; i++)
        {
            if (draw[i] > draw[best])
            {
                best = i;
            }
        }

        return shortlist[best];
    }

    /// <summary>One draw from N(means, covariance): means + L·z, with jitter added until the factorisation succeeds.</summary>
    public static double[] Sample(double[] means, Matrix<double> covariance, Random random)
    {
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(covariance);
        ArgumentNullException.ThrowIfNull(random);
        var m = means.Length;
        var z = Vector<double>.Build.Dense(m, _ => Normal.Sample(random, 0, 1));
        var symmetric = (covariance + covariance.Transpose()) * 0.5;
        var level = Math.Max(1e-12, symmetric.Diagonal().Maximum());
        for (var jitter = 1e-10; jitter < 1; jitter *= 100)
        {
            try
            {
                var lower = (symmetric + Matrix<double>.Build.DenseIdentity(m) * (jitter * level)).Cholesky().Factor;
                var f = lower * z;
                return means.Select((mu, i) => mu + f[i]).ToArray();
            }
            catch (ArgumentException)
            {
                // not positive definite: more jitter
            }
        }

        // Independent draws as a last resort.
        return means.Select((mu, i) => mu + (Math.Sqrt(Math.Max(0, symmetric[i, i])) * z[i])).ToArray();
    }
}
