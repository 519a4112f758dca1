namespace Archon.Benchmarks.Results;

/// <summary>
/// AlpacaEval 2.0's length control (Dubois et al., 2024): a logistic model of the judge's preference for the answer
/// over the baseline, <c>logit p = θ + φ·tanh(Δ / sd(Δ))</c> with Δ the answer's length minus the baseline's in
/// characters, fitted to the per-item preferences (soft labels in [0, 1]) by Newton's method with a small L2 penalty.
/// The length-controlled win rate is the model's prediction at Δ = 0, averaged over items, i.e. <c>σ(θ)</c>.
/// AlpacaEval's published GLM adds an instruction-difficulty term estimated from its leaderboard's models and
/// regularises toward gamed baselines; neither is available offline, so this figure debiases length the same way
/// but is not numerically the leaderboard's.
/// </summary>
public static class LengthControlledWinRate
{
    private const double Ridge = 1e-2;

    /// <summary>
    /// Fits the model on the scored items of <paramref name="results"/> that carry <see cref="ItemResult.BaselineChars"/>;
    /// null when there are fewer than two such items.
    /// </summary>
    public static LengthControlledSummary? Compute(IEnumerable<ItemResult> results, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(results);
        var games = results
            .Where(r => r.Error is null && r.Score is not null && r.BaselineChars is not null)
            .Select(r => (Preference: r.Score!.Value, Delta: (double)(CharCount(r.Answer) - r.BaselineChars!.Value)))
            .ToList();
        if (games.Count < 2)
        {
            return null;
        }

        var (theta, phi) = Fit(games);
        var random = new Random(seed);
        var rates = new double[Bootstrap.DefaultResamples / 4];
        var sample = new (double, double)[games.Count];
        for (var b = 0; b < rates.Length; b++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = games[random.Next(games.Count)];
            }

            rates[b] = Sigmoid(Fit(sample).Theta);
        }

        Array.Sort(rates);
        return new LengthControlledSummary(Sigmoid(theta), [Bootstrap.Percentile(rates, 0.025), Bootstrap.Percentile(rates, 0.975)], phi, games.Count);
    }

    /// <summary>Length in characters (Unicode scalar values, as AlpacaEval counts them).</summary>
    public static int CharCount(string? text) => text is null ? 0 : text.EnumerateRunes().Count();

    /// <summary>Fits θ and φ to <paramref name="games"/> (preference for the answer, length difference).</summary>
    internal static (double Theta, double Phi) Fit(IReadOnlyList<(double Preference, double Delta)> games)
    {
        var mean = games.Average(g => g.Delta);
        var sd = Math.Sqrt(games.Sum(g => (g.Delta - mean) * (g.Delta - mean)) / Math.Max(1, games.Count - 1));
        var x = games.Select(g => sd > 0 ? Math.Tanh(g.Delta / sd) : 0).ToArray();
        double theta = 0, phi = 0;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            // Gradient and Hessian of the penalised log-likelihood.
            double g0 = -Ridge * theta, g1 = -Ridge * phi, h00 = Ridge, h01 = 0, h11 = Ridge;
            for (var i = 0; i < x.Length; i++)
            {
                var p = Sigmoid(theta + (phi * x[i]));
                var residual = games[i].Preference - p;
                var w = p * (1 - p);
                g0 += residual;
                g1 += residual * x[i];
                h00 += w;
                h01 += w * x[i];
                h11 += w * x[i] * x[i];
            }

            var det = (h00 * h11) - (h01 * h01);
            var step0 = ((h11 * g0) - (h01 * g1)) / det;
            var step1 = ((h00 * g1) - (h01 * g0)) / det;
            theta += step0;
            phi += step1;
            if (Math.Abs(step0) + Math.Abs(step1) < 1e-10)
            {
                break;
            }
        }

        return (theta, phi);
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
