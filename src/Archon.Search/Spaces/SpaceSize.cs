using System.Globalization;
using System.Numerics;

namespace Archon.Search.Spaces;

/// <summary>
/// Counts a space arithmetically from its axes, without building any point: the distinct architectures (axes that do
/// not matter for an architecture are not varied) and the paper's count of configurations. Exact for any size.
/// </summary>
public static class SpaceSize
{
    /// <summary>
    /// Distinct architectures: the generator and fuser axes times the fusion structures (one per layer count, each
    /// non-final layer with one of its fuser counts) times each switch's settings (off, or on with each model choice).
    /// </summary>
    public static BigInteger Distinct(SearchSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        BigInteger N(int axis) => space.Axes[axis].Count;
        return N(Axis.TopK) * N(Axis.Samples) * N(Axis.GeneratorTemperature) * N(Axis.FuserModel) * N(Axis.FuserTemperature)
               * FusionStructures(space)
               * Switch(space, Axis.CriticRanker, N(Axis.CriticModel) * N(Axis.RankerModel))
               * Switch(space, Axis.Verifier, N(Axis.VerifierModel))
               * Switch(space, Axis.UnitTests, N(Axis.UnitTestModel) * N(Axis.UnitTestCount));
    }

    /// <summary>
    /// Configurations as the paper counts them: every combination of the listed values. With per-layer fuser counts,
    /// the layer count is not an axis of its own: each non-final layer slot holds "no layer" or one of its counts
    /// (the reference implementation's grid, where 0 fusers leaves a layer out), and a combination counts when its
    /// number of layers is allowed. So the paper's 10 · 5 · 5^(4−1) = 6,250 for 10 generator counts, 5 sample counts
    /// and three slots of "none, 2, 4, 6 or 8".
    /// </summary>
    public static BigInteger Configurations(SearchSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        BigInteger product = BigInteger.One;
        for (var axis = 0; axis < space.Axes.Count; axis++)
        {
            if (!space.FusersVaryByLayer || !IsFusionStructure(axis))
            {
                product *= space.Axes[axis].Count;
            }
        }

        if (!space.FusersVaryByLayer)
        {
            return product;
        }

        // e[j]: ways to fill exactly j of the slots (which slots, and a count in each): elementary symmetric sums.
        var e = new BigInteger[Axis.FuserCounts.Count + 1];
        e[0] = BigInteger.One;
        foreach (var slot in Axis.FuserCounts)
        {
            for (var j = e.Length - 1; j >= 1; j--)
            {
                e[j] += e[j - 1] * space.Axes[slot].Count;
            }
        }

        var grid = space.Axes[Axis.FusionLayers].Values.Cast<int>().Aggregate(BigInteger.Zero, (sum, layers) => sum + e[layers - 1]);
        return product * grid;
    }

    /// <summary>
    /// Throws when the space holds more than <see cref="SpaceLimits.MaxPoints"/> distinct architectures, naming the
    /// axis with the most values (the one to narrow first).
    /// </summary>
    public static void ThrowIfTooLarge(SearchSpace space)
    {
        var distinct = Distinct(space);
        if (distinct <= SpaceLimits.MaxPoints)
        {
            return;
        }

        var largest = Enumerable.Range(0, space.Axes.Count).MaxBy(a => (space.Axes[a].Count, -a));
        throw SearchSpaceException.For(
            AxisNames.PathOf(largest, space.FusersVaryByLayer),
            string.Create(CultureInfo.InvariantCulture,
                $"the space holds {distinct:N0} distinct architectures, more than the limit of {SpaceLimits.MaxPoints:N0}; this axis has {space.Axes[largest].Count:N0} values (narrow it or another axis)"));
    }

    /// <summary>Fusion structures: layer counts, each with the fuser counts of its non-final layers.</summary>
    internal static BigInteger FusionStructures(SearchSpace space)
    {
        var sum = BigInteger.Zero;
        foreach (int layers in space.Axes[Axis.FusionLayers].Values)
        {
            sum += StructuresWith(space, layers);
        }

        return sum;
    }

    /// <summary>Fusion structures with exactly <paramref name="layers"/> fusion layers.</summary>
    internal static BigInteger StructuresWith(SearchSpace space, int layers)
    {
        if (layers == 1)
        {
            return BigInteger.One;
        }

        if (!space.FusersVaryByLayer)
        {
            return space.Axes[Axis.FusersPerLayer].Count;
        }

        var n = BigInteger.One;
        for (var i = 0; i < layers - 1; i++)
        {
            n *= space.Axes[Axis.FuserCounts[i]].Count;
        }

        return n;
    }

    /// <summary>Settings of a switch: 1 when off, <paramref name="whenOn"/> model choices when on.</summary>
    internal static BigInteger Switch(SearchSpace space, int axis, BigInteger whenOn) =>
        space.Axes[axis].Values.Cast<bool>().Aggregate(BigInteger.Zero, (sum, on) => sum + (on ? whenOn : BigInteger.One));

    private static bool IsFusionStructure(int axis) =>
        axis is Axis.FusionLayers or Axis.FusersPerLayer or Axis.FusersLayer2 or Axis.FusersLayer3;
}
