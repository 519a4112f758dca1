namespace Archon.Search.Surrogates;

/// <summary>Upper confidence bound (maximisation): the posterior mean plus κ posterior standard deviations.</summary>
public static class UpperConfidenceBound
{
    /// <summary>UCB = μ + κ·σ.</summary>
    public static double Compute(double mean, double variance, double kappa) => mean + (kappa * Math.Sqrt(Math.Max(0, variance)));
}
