using System.Globalization;
using Archon.Search.Comparison;
using Archon.Search.Strategies;

namespace Archon.Perf;

/// <summary>Successive halving with Bayesian proposals vs Bayesian optimisation on full evaluations: model calls until a near-best architecture is fully evaluated.</summary>
internal sealed class SearchHalvingScenario : IPerfScenario
{
    public string Name => "search-halving";

    public string Description => "halving (BO proposals) calls-to-best vs BO on full evaluations, fresh cache per run (target <= 1/3)";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        // Optional arguments: runs, bracket size, eta, rungs (defaults: 10 runs and the strategy's defaults); run k has seed k, which the strategy mixes (SeedMixer).
        int Arg(int i, int fallback) => args.Count > i && int.TryParse(args[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        var defaults = new StrategyOptions();
        var runs = Arg(0, 10);
        var halving = new StrategyOptions { InitialRandomPoints = 10, BracketSize = Arg(1, defaults.BracketSize), Eta = Arg(2, defaults.Eta), Rungs = Arg(3, defaults.Rungs) };
        Console.WriteLine($"  halving: bracket {halving.BracketSize}, eta {halving.Eta}, rungs {halving.Rungs}; {runs} runs");
        var space = SearchPerfSetup.Space();
        var exhaustive = await SearchPerfSetup.ExhaustiveAsync(space, cancellationToken);
        SearchPerfSetup.PrintSpace(space, exhaustive);
        var result = await SearchComparer.CompareAsync(space, exhaustive, ["bayes", "halving"], runs, SearchPerfSetup.NewEvaluator,
            halving, null, maxTrials: 400, cancellationToken);
        foreach (var (name, s) in result.Strategies)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-8} calls-to-best mean {s.CallsToBest,10:N0} (without reuse {s.CallsToBestWithoutReuse:N0}); evaluations {s.EvaluationsToBest:0.#}; trials {s.TrialsToBest:0}; reached {s.Reached}/{s.Runs}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"           per run calls:  {string.Join(" ", s.PerSeed.Select(r => r.Calls.ToString(CultureInfo.InvariantCulture) + (r.Reached ? "" : "*")))}"));
        }

        var ratio = result.Strategies["halving"].CallsToBest / result.Strategies["bayes"].CallsToBest;
        var met = ratio <= 1.0 / 3 && result.Strategies["halving"].Reached == result.Strategies["halving"].Runs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  RESULT halving/bayes calls-to-best = {ratio:0.###} (target <= 0.333, every run reaching a near-best): {(met ? "MET" : "NOT MET")}"));
        return met;
    }
}
