using MathNet.Numerics.LinearAlgebra;

namespace Archon.Search.Surrogates;

/// <summary>
/// Chooses an <see cref="AdditiveKernel"/>'s hyperparameters by the log marginal likelihood: coordinate search (two
/// sweeps) over the shared noise, then each axis' variance and length scale in turn, then the interaction variance,
/// each over a small grid. Each axis' kernel matrix is computed once per length scale, so a trial setting costs one
/// weighted sum and one Cholesky factorisation.
/// </summary>
internal static class AdditiveKernelSearch
{
    private static readonly double[] VarianceGrid = [0.0, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0];
    private static readonly double[] LengthGrid = [0.25, 0.5, 1.0, 2.0];
    private static readonly double[] NoiseGrid = [1e-4, 1e-3, 1e-2, 0.05, 0.2];
    private const int Sweeps = 2;

    public static AdditiveGaussianProcess Run(double[][] x, double[] y, IReadOnlyList<int[]> groups, KernelKind shape, IReadOnlyList<double>? observationNoise, (IReadOnlyList<double> Weights, double LengthScale)? interaction)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(groups);
        var n = x.Length;
        var parts = new Matrix<double>[groups.Count, LengthGrid.Length];
        for (var g = 0; g < groups.Count; g++)
        {
            var d2 = Matrix<double>.Build.Dense(n, n, (i, j) => AdditiveKernel.GroupDistance(groups[g], x[i], x[j]));
            for (var l = 0; l < LengthGrid.Length; l++)
            {
                var length = LengthGrid[l];
                parts[g, l] = d2.Map(d => GaussianProcess.Profile(shape, length, d));
            }
        }

        var joint = interaction is { } it
            ? Matrix<double>.Build.Dense(n, n, (i, j) => GaussianProcess.Profile(shape, it.LengthScale, AdditiveKernel.WeightedDistance(it.Weights, x[i], x[j])))
            : null;

        var share = joint is null ? 1.0 : 0.5;
        var variances = Enumerable.Repeat(share / Math.Max(1, groups.Count), groups.Count).ToArray();
        var lengths = Enumerable.Repeat(Array.IndexOf(LengthGrid, 1.0), groups.Count).ToArray();
        var interactionVariance = joint is null ? 0 : 0.5;
        var noise = 1e-2;

        AdditiveGaussianProcess? Evaluate()
        {
            var k = Matrix<double>.Build.Dense(n, n);
            for (var g = 0; g < groups.Count; g++)
            {
                if (variances[g] > 0)
                {
                    k.Add(parts[g, lengths[g]] * variances[g], k);
                }
            }

            if (joint is not null && interactionVariance > 0)
            {
                k.Add(joint * interactionVariance, k);
            }

            var kernel = new AdditiveKernel(groups, variances.ToArray(), lengths.Select(l => LengthGrid[l]).ToArray(), noise, shape)
            {
                InteractionVariance = interactionVariance,
                InteractionWeights = interaction?.Weights,
                InteractionLengthScale = interaction?.LengthScale ?? 1,
            };
            try
            {
                return AdditiveGaussianProcess.Fit(x, y, kernel, observationNoise, k);
            }
            catch (ArgumentException)
            {
                return null; // not positive definite at this setting
            }
        }

        var best = Evaluate();

        // Tries each value for one parameter (set through the setter) and keeps the best.
        void Sweep<T>(IEnumerable<T> values, Func<T> get, Action<T> set)
        {
            var kept = get();
            foreach (var value in values)
            {
                set(value);
                if (Evaluate() is { } gp && (best is null || gp.LogMarginalLikelihood > best.LogMarginalLikelihood + 1e-9))
                {
                    best = gp;
                    kept = value;
                }
            }

            set(kept);
        }

        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            Sweep(NoiseGrid, () => noise, v => noise = v);
            for (var g = 0; g < groups.Count; g++)
            {
                var axis = g;
                Sweep(VarianceGrid, () => variances[axis], v => variances[axis] = v);
                Sweep(Enumerable.Range(0, LengthGrid.Length), () => lengths[axis], l => lengths[axis] = l);
            }

            if (joint is not null)
            {
                Sweep(VarianceGrid, () => interactionVariance, v => interactionVariance = v);
            }
        }

        return best ?? AdditiveGaussianProcess.Fit(x, y, new AdditiveKernel(groups, Enumerable.Repeat(1.0, groups.Count).ToArray(), Enumerable.Repeat(1.0, groups.Count).ToArray(), 0.2, shape), observationNoise);
    }
}
