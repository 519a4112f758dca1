namespace Archon.Search.Surrogates;

/// <summary>
/// A sum of one-dimensional kernels, one per axis (over the axis' encoded dimensions, <see cref="AxisGroups"/>), each
/// with its own variance and length scale, plus optionally a kernel over all dimensions (scaled by relevance weights)
/// for what the axes do together: k(a, b) = Σ_g v_g·k(|a_g − b_g|/ℓ_g) + v·k(|W(a − b)|/ℓ). An axis with variance 0
/// does not move the score; with the interaction variance 0 the model is purely additive (main effects only).
/// Variances are relative to the unit variance of the standardised targets.
/// </summary>
/// <param name="Groups">Encoded dimension indices of each axis.</param>
/// <param name="Variances">Variance of each axis' kernel.</param>
/// <param name="LengthScales">Length scale of each axis' kernel.</param>
/// <param name="Noise">Shared observation noise variance.</param>
/// <param name="Shape">The one-dimensional kernel (and the interaction kernel).</param>
public sealed record AdditiveKernel(IReadOnlyList<int[]> Groups, IReadOnlyList<double> Variances, IReadOnlyList<double> LengthScales, double Noise, KernelKind Shape = KernelKind.Matern52)
{
    /// <summary>Variance of the kernel over all dimensions; 0 (default) leaves it out.</summary>
    public double InteractionVariance { get; init; }

    /// <summary>Scale of each dimension in the interaction kernel (null: 1 each).</summary>
    public IReadOnlyList<double>? InteractionWeights { get; init; }

    /// <summary>Length scale of the interaction kernel. Default 1.</summary>
    public double InteractionLengthScale { get; init; } = 1;

    /// <summary>The prior variance at any point, k(a, a).</summary>
    public double Prior => Variances.Sum() + InteractionVariance;

    /// <summary>The covariance between two encoded points.</summary>
    public double Covariance(double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double k = 0;
        for (var g = 0; g < Groups.Count; g++)
        {
            if (Variances[g] > 0)
            {
                k += Variances[g] * GaussianProcess.Profile(Shape, LengthScales[g], GroupDistance(Groups[g], a, b));
            }
        }

        if (InteractionVariance > 0)
        {
            k += InteractionVariance * GaussianProcess.Profile(Shape, InteractionLengthScale, WeightedDistance(InteractionWeights, a, b));
        }

        return k;
    }

    /// <summary>Squared distance over the dimensions of one group.</summary>
    public static double GroupDistance(int[] group, double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(group);
        double d2 = 0;
        foreach (var d in group)
        {
            var diff = a[d] - b[d];
            d2 += diff * diff;
        }

        return d2;
    }

    /// <summary>Squared distance over all dimensions, each scaled by its weight.</summary>
    public static double WeightedDistance(IReadOnlyList<double>? weights, double[] a, double[] b)
    {
        double d2 = 0;
        for (var d = 0; d < a.Length; d++)
        {
            var diff = (a[d] - b[d]) * (weights?[d] ?? 1.0);
            d2 += diff * diff;
        }

        return d2;
    }
}
