namespace Archon.Service.Benchmarks;

/// <summary>Mean and 95% confidence interval of per-item scores (Wilson for 0/1 scores, normal otherwise).</summary>
internal static class BenchmarkStatistics
{
    public static (double Mean, double Low, double High) MeanWithCi95(IReadOnlyList<double> scores)
    {
        var n = scores.Count;
        if (n == 0)
        {
            return (0, 0, 0);
        }

        var mean = scores.Average();
        const double z = 1.959963984540054;
        if (scores.All(s => s is 0 or 1))
        {
            var denominator = 1 + (z * z / n);
            var centre = (mean + (z * z / (2 * n))) / denominator;
            var half = z * Math.Sqrt((mean * (1 - mean) / n) + (z * z / (4.0 * n * n))) / denominator;
            return (mean, Math.Max(0, centre - half), Math.Min(1, centre + half));
        }

        var variance = n > 1 ? scores.Sum(s => (s - mean) * (s - mean)) / (n - 1) : 0;
        var h = z * Math.Sqrt(variance / n);
        return (mean, mean - h, mean + h);
    }
}
