using System.Text.Json.Serialization;

namespace Archon.Benchmarks.Results;

/// <summary>
/// Paired bootstrap comparison of two runs on the items both scored: the mean difference (B − A) with its 95%
/// interval and the share of resamples in which B beats A.
/// </summary>
public sealed record PairedComparison
{
    [JsonPropertyName("sharedItems")]
    public int SharedItems { get; init; }

    [JsonPropertyName("scoreA")]
    public double ScoreA { get; init; }

    [JsonPropertyName("scoreB")]
    public double ScoreB { get; init; }

    /// <summary>Mean of (B − A) over shared items.</summary>
    [JsonPropertyName("difference")]
    public double Difference { get; init; }

    [JsonPropertyName("ci95")]
    public IReadOnlyList<double> Ci95 { get; init; } = [0, 0];

    /// <summary>Fraction of bootstrap resamples where B's mean exceeds A's.</summary>
    [JsonPropertyName("probabilityBBetter")]
    public double ProbabilityBBetter { get; init; }

    /// <summary>Compares <paramref name="a"/> and <paramref name="b"/> on their shared item ids (errors count as 0).</summary>
    public static PairedComparison Compute(IEnumerable<ItemResult> a, IEnumerable<ItemResult> b, int seed = 0, int resamples = Bootstrap.DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var mapB = new Dictionary<string, ItemResult>(StringComparer.Ordinal);
        foreach (var r in b)
        {
            mapB[r.ItemId] = r;
        }

        var pairs = new List<(double A, double B)>();
        foreach (var r in a.DistinctBy(r => r.ItemId))
        {
            if (mapB.TryGetValue(r.ItemId, out var other) && (r.Score is not null || r.Error is not null) && (other.Score is not null || other.Error is not null))
            {
                pairs.Add((BenchmarkSummary.ValueOf(r), BenchmarkSummary.ValueOf(other)));
            }
        }

        if (pairs.Count == 0)
        {
            return new PairedComparison();
        }

        var diffs = pairs.Select(p => p.B - p.A).ToList();
        var random = new Random(seed);
        var means = new double[resamples];
        var wins = 0;
        for (var k = 0; k < resamples; k++)
        {
            double sum = 0;
            for (var i = 0; i < diffs.Count; i++)
            {
                sum += diffs[random.Next(diffs.Count)];
            }

            means[k] = sum / diffs.Count;
            wins += means[k] > 0 ? 1 : 0;
        }

        Array.Sort(means);
        return new PairedComparison
        {
            SharedItems = pairs.Count,
            ScoreA = pairs.Average(p => p.A),
            ScoreB = pairs.Average(p => p.B),
            Difference = diffs.Average(),
            Ci95 = [Bootstrap.Percentile(means, 0.025), Bootstrap.Percentile(means, 0.975)],
            ProbabilityBBetter = (double)wins / resamples,
        };
    }
}
