using System.Globalization;
using Archon.Search.Driver;
using Archon.Search.Strategies;

namespace Archon.Perf;

/// <summary>Call reuse: model calls of a 100-trial search with the shared cache vs the same search without reuse.</summary>
internal sealed class SearchReuseScenario : IPerfScenario
{
    public string Name => "search-reuse";

    public string Description => "calls made with the shared cache over a 100-trial search vs without reuse (target >= 50% fewer)";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var space = SearchPerfSetup.Space();
        var met = true;
        foreach (var name in new[] { "bayes", "random" })
        {
            var evaluator = SearchPerfSetup.NewEvaluator();
            var strategy = StrategyFactory.Create(name, space, evaluator.SearchItems, new StrategyOptions { Seed = 1, InitialRandomPoints = 10 });
            var state = await new SearchDriver(space, evaluator, new SearchOptions { MaxTrials = 100 }).RunAsync(strategy, 1, null, null, cancellationToken);
            var saved = 1 - ((double)state.CallsMade / state.CallsWithoutReuse);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name}: {state.Trials.Count} trials, calls made {state.CallsMade:N0}, without reuse {state.CallsWithoutReuse:N0}: {100 * saved:0.#}% fewer"));
            if (name == "bayes")
            {
                met = saved >= 0.5;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  RESULT bayes 100-trial search: {100 * saved:0.#}% fewer calls with reuse (target >= 50%): {(met ? "MET" : "NOT MET")}"));
            }
        }

        return met;
    }
}
