using Archon.Search.Driver;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Search.Comparison;

/// <summary>
/// Runs each strategy for several seeds on the same space, each run with a fresh evaluator (a fresh response cache,
/// so calls are counted honestly), stopping a run once it has fully evaluated a near-best architecture
/// (exhaustive score within 0.5 points of the space's maximum). A run that never gets there (space exhausted or
/// <c>maxTrials</c> reached) counts with everything it spent and is reported as not reached. Run k has seed k,
/// which the strategy mixes (<see cref="SeedMixer"/>), so the runs are independent.
/// </summary>
public static class SearchComparer
{
    public static async Task<ComparisonResult> CompareAsync(
        SpaceEnumeration space,
        ExhaustiveResult exhaustive,
        IReadOnlyList<string> strategies,
        int seeds,
        Func<ITrialEvaluator> newEvaluator,
        StrategyOptions options,
        IProgress<string>? progress = null,
        int? maxTrials = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(exhaustive);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(newEvaluator);
        ArgumentNullException.ThrowIfNull(options);
        if (exhaustive.SpaceFingerprint != SearchDriver.Fingerprint(space))
        {
            throw new InvalidOperationException("the exhaustive result belongs to another space; delete exhaustive.json and run again");
        }

        var results = new Dictionary<string, StrategyComparison>(StringComparer.Ordinal);
        foreach (var name in strategies)
        {
            var runs = new List<SeedRun>();
            for (var run = 1; run <= seeds; run++)
            {
                var evaluator = newEvaluator();
                var strategy = StrategyFactory.Create(name, space, evaluator.SearchItems, options with { Seed = run, MixSeed = true });
                var driver = new SearchDriver(space, evaluator, new SearchOptions
                {
                    MaxTrials = maxTrials,
                    StopWhen = t => t.FullEquivalent >= 1 - 1e-9 && exhaustive.IsNearBest(t.Key),
                });
                var state = await driver.RunAsync(strategy, run, null, null, cancellationToken).ConfigureAwait(false);
                var reached = state.StopReason == SearchStopReasons.TargetReached;
                var result = new SeedRun(run, reached, state.FullEquivalents, state.Trials.Count, state.CallsMade, state.CallsWithoutReuse, reached ? state.Trials[^1].Key : null);
                runs.Add(result);
                progress?.Report(FormattableString.Invariant($"{name} run {run}: {(reached ? "reached" : "did not reach")} near-best after {result.Evaluations:0.##} evaluations, {result.Calls:N0} calls"));
            }

            results[name] = new StrategyComparison
            {
                EvaluationsToBest = runs.Average(r => r.Evaluations),
                CallsToBest = runs.Average(r => r.Calls),
                CallsToBestWithoutReuse = runs.Average(r => r.CallsWithoutReuse),
                TrialsToBest = runs.Average(r => r.Trials),
                Reached = runs.Count(r => r.Reached),
                Runs = runs.Count,
                PerSeed = runs,
            };
        }

        return new ComparisonResult
        {
            Space = space.Space.Name,
            FeasiblePoints = space.Feasible.Count,
            MaxScore = exhaustive.MaxScore,
            NearBestFraction = exhaustive.NearBestFraction,
            NearBestCount = exhaustive.NearBestCount,
            Seeds = seeds,
            Strategies = results,
        };
    }
}
