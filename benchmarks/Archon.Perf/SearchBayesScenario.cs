using System.Globalization;
using Archon.Search.Comparison;
using Archon.Search.Driver;
using Archon.Search.Strategies;

namespace Archon.Perf;

/// <summary>
/// Bayesian optimisation vs random search and greedy search: full-evaluation equivalents until a near-best
/// architecture, 10 seeds (or the first argument). Greedy starts from a random point per seed.
/// </summary>
internal sealed class SearchBayesScenario : IPerfScenario
{
    public string Name => "search-bayes";

    public string Description => "BO evaluations-to-best vs random (target <= 0.15) and vs greedy (target <= 0.25), mean of 10 seeds [seeds]";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var space = SearchPerfSetup.Space();
        var exhaustive = await SearchPerfSetup.ExhaustiveAsync(space, cancellationToken);
        SearchPerfSetup.PrintSpace(space, exhaustive);
        await CheckDeterminismAsync(space, exhaustive, cancellationToken);

        // Full evaluations of deterministic sim models are answered from the exhaustive table (checked above).
        var table = new TableTrialEvaluator(exhaustive);
        var seeds = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var result = await SearchComparer.CompareAsync(space, exhaustive, ["random", "greedy", "bayes", "tpe"], seeds, () => table,
            new StrategyOptions { InitialRandomPoints = 10 }, null, null, cancellationToken);
        foreach (var (name, s) in result.Strategies)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-8} evaluations-to-best mean {s.EvaluationsToBest,7:0.#}  (per seed: {string.Join(" ", s.PerSeed.Select(r => r.Evaluations.ToString("0", CultureInfo.InvariantCulture)))}); reached {s.Reached}/{s.Runs}"));
        }

        var met = true;
        foreach (var (other, target) in new[] { ("random", 0.15), ("greedy", 0.25) })
        {
            var ratio = result.Strategies["bayes"].EvaluationsToBest / result.Strategies[other].EvaluationsToBest;
            met &= ratio <= target;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  RESULT bayes/{other} evaluations-to-best = {ratio:0.###} ({100 * (1 - ratio):0.#}% fewer; target <= {target}): {(ratio <= target ? "MET" : "NOT MET")}"));
        }

        return met;
    }

    private static async Task CheckDeterminismAsync(Archon.Search.Spaces.SpaceEnumeration space, ExhaustiveResult exhaustive, CancellationToken ct)
    {
        var random = new Random(99);
        var mismatches = 0;
        for (var i = 0; i < 5; i++)
        {
            var point = space.Feasible[random.Next(space.Feasible.Count)];
            var m = await SearchPerfSetup.NewEvaluator().EvaluateAsync(point, SearchPerfSetup.SearchItemCount, Archon.Search.Evaluation.TrialBudget.Unlimited, ct);
            mismatches += Math.Abs(m.Score - exhaustive.Scores[point.Key]) > 1e-9 ? 1 : 0;
        }

        Console.WriteLine($"  determinism check: {5 - mismatches}/5 re-evaluations with a fresh cache match the exhaustive scores");
    }
}
