using MathNet.Numerics.Distributions;

namespace Archon.Search.Surrogates;

/// <summary>Expected improvement (maximisation) of a Gaussian posterior over the best observed value.</summary>
public static class ExpectedImprovement
{
    /// <summary>EI = (μ − best − ξ)·Φ(z) + σ·φ(z), z = (μ − best − ξ)/σ; (μ − best − ξ)⁺ when σ = 0.</summary>
    public static double Compute(double mean, double variance, double best, double xi = 0.0)
    {
        var sigma = Math.Sqrt(Math.Max(0, variance));
        var gain = mean - best - xi;
        if (sigma < 1e-12)
        {
            return Math.Max(0, gain);
        }

        var z = gain / sigma;
        return (gain * Normal.CDF(0, 1, z)) + (sigma * Normal.PDF(0, 1, z));
    }
}
