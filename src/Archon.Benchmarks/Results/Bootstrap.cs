namespace Archon.Benchmarks.Results;

/// <summary>Seeded percentile bootstrap over per-item values.</summary>
public static class Bootstrap
{
    /// <summary>Default resample count.</summary>
    public const int DefaultResamples = 2000;

    /// <summary>The 95% percentile interval of the mean of <paramref name="values"/>; [m, m] for fewer than 2 values.</summary>
    public static (double Low, double High) MeanCi95(IReadOnlyList<double> values, int seed = 0, int resamples = DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return (0, 0);
        }

        if (values.Count == 1)
        {
            return (values[0], values[0]);
        }

        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double sum = 0;
            for (var i = 0; i < values.Count; i++)
            {
                sum += values[random.Next(values.Count)];
            }

            means[r] = sum / values.Count;
        }

        Array.Sort(means);
        return (Percentile(means, 0.025), Percentile(means, 0.975));
    }

    /// <summary>Linear-interpolated percentile of sorted <paramref name="sorted"/>, q in [0, 1].</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var pos = q * (sorted.Count - 1);
        var lo = (int)Math.Floor(pos);
        var hi = (int)Math.Ceiling(pos);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (pos - lo));
    }
}
