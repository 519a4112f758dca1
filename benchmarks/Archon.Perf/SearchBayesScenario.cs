using System.Globalization;
using Archon.Benchmarks.Results;
using Archon.Search.Comparison;
using Archon.Search.Driver;
using Archon.Search.Strategies;
using Archon.Search.Surrogates;

namespace Archon.Perf;

/// <summary>
/// Bayesian optimisation vs random search and greedy search: full-evaluation equivalents until a near-best
/// architecture, 20 runs (or the first argument) on 100 search items (or the second). Greedy starts from a random
/// point per run; run k has seed k, which every strategy mixes (<see cref="SeedMixer"/>). Further arguments
/// <c>key=value</c> choose a BO variant (TPE is then left out): <c>structure=full|additive|additive-interaction</c>,
/// <c>acquisition=ucb|ei|thompson</c>, <c>linear=true|false</c>.
/// </summary>
internal sealed class SearchBayesScenario : IPerfScenario
{
    public string Name => "search-bayes";

    public string Description => "BO evaluations-to-best vs random (target <= 0.15) and vs greedy (target <= 0.25), mean of 20 runs [runs items key=value...]";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var runs = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        SearchPerfSetup.SearchItemCount = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var space = SearchPerfSetup.Space();
        var exhaustive = await SearchPerfSetup.ExhaustiveAsync(space, cancellationToken);
        SearchPerfSetup.PrintSpace(space, exhaustive);
        await CheckDeterminismAsync(space, exhaustive, cancellationToken);

        // Full evaluations of deterministic sim models are answered from the exhaustive table (checked above).
        var table = new TableTrialEvaluator(exhaustive);
        var options = Variant(new StrategyOptions { InitialRandomPoints = 10 }, args.Skip(2));
        string[] strategies = args.Count > 2 ? ["random", "greedy", "bayes"] : ["random", "greedy", "bayes", "tpe"];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  bayes: structure {options.KernelStructure}, acquisition {options.Acquisition}, linear mean {options.LinearMean}"));
        var result = await SearchComparer.CompareAsync(space, exhaustive, strategies, runs, () => table, options, null, null, cancellationToken);
        foreach (var (name, s) in result.Strategies)
        {
            var evaluations = s.PerSeed.Select(r => r.Evaluations).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-8} evaluations-to-best mean {s.EvaluationsToBest,7:0.#} ± {StandardError(evaluations),5:0.#} (standard error), median {Bootstrap.Percentile(evaluations.Order().ToList(), 0.5),6:0.#}  (per run: {string.Join(" ", evaluations.Select(e => e.ToString("0", CultureInfo.InvariantCulture)))}); reached {s.Reached}/{s.Runs}"));
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

    private static StrategyOptions Variant(StrategyOptions options, IEnumerable<string> settings)
    {
        foreach (var setting in settings)
        {
            var (key, value) = setting.Split('=', 2) is [var k, var v] ? (k, v) : throw new ArgumentException($"expected key=value, got '{setting}'");
            options = key switch
            {
                "structure" => options with { KernelStructure = Enum.Parse<KernelStructure>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true) },
                "acquisition" => options with { Acquisition = value },
                "linear" => options with { LinearMean = bool.Parse(value) },
                _ => throw new ArgumentException($"unknown setting '{key}'; use structure, acquisition or linear"),
            };
        }

        return options;
    }

    private static double StandardError(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) / values.Count);
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
