using System.Globalization;
using Archon.Search.Comparison;

namespace Archon.Cli.Search;

/// <summary>The table <c>archon search compare</c> prints: each strategy's means, and its evaluations-to-best as a share of random's and greedy's.</summary>
internal static class CompareTable
{
    public static void Write(ComparisonResult result, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"space {result.Space}: {result.FeasiblePoints} architectures, max {result.MaxScore:0.##}, {result.NearBestCount} ({100 * result.NearBestFraction:0.##}%) within 0.5 points; {result.Seeds} seeds"));
        output.WriteLine($"{"strategy",-16} {"evals-to-best",14} {"× random",9} {"× greedy",9} {"calls-to-best",14} {"reached",8}");
        var random = result.Strategies.GetValueOrDefault("random")?.EvaluationsToBest;
        var greedy = result.Strategies.GetValueOrDefault("greedy")?.EvaluationsToBest;
        foreach (var (name, s) in result.Strategies)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-16} {s.EvaluationsToBest,14:0.#} {Ratio(s.EvaluationsToBest, random),9} {Ratio(s.EvaluationsToBest, greedy),9} {s.CallsToBest,14:N0} {s.Reached,5}/{s.Runs}"));
        }
    }

    private static string Ratio(double value, double? reference) =>
        reference is > 0 ? (value / reference.Value).ToString("0.###", CultureInfo.InvariantCulture) : "-";
}
