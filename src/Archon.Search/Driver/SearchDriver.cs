using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Search.Driver;

/// <summary>
/// <c>archon search</c>'s executor of the one search loop (<see cref="SearchScheduler"/>): ask → evaluate the proposed
/// trial through the <see cref="ITrialEvaluator"/> → record its result → advance, one trial at a time, the state saved
/// after every trial, stopping cleanly at the budget. With a state path whose file exists, the recorded trials are
/// replayed into the strategy (no model calls) and the search continues where it stopped.
/// </summary>
public sealed class SearchDriver
{
    private const string SearchId = "archon-search";
    private readonly SpaceEnumeration _space;
    private readonly ITrialEvaluator _evaluator;
    private readonly SearchOptions _options;

    public SearchDriver(SpaceEnumeration space, ITrialEvaluator evaluator, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(evaluator);
        _space = space;
        _evaluator = evaluator;
        _options = options ?? new SearchOptions();
    }

    /// <summary>A hash of the space's points (<see cref="SpaceEnumeration.Fingerprint"/>).</summary>
    public static string Fingerprint(SpaceEnumeration space)
    {
        ArgumentNullException.ThrowIfNull(space);
        return space.Fingerprint;
    }

    /// <summary>
    /// Runs (or resumes) the search with a strategy built with mixed seeds (<see cref="StrategyOptions.MixSeed"/>, the
    /// default); <paramref name="statePath"/> null keeps the state in memory only. Throws
    /// <see cref="InvalidOperationException"/> for a <c>search.json</c> recorded before seeds were mixed (no
    /// <c>seedMixed</c>): a strategy built before the file was read cannot be known to use its seed as that search did,
    /// so such a search resumes only through the overload taking a strategy factory.
    /// </summary>
    public Task<SearchState> RunAsync(
        ISearchStrategy strategy,
        int seed,
        string? statePath,
        IProgress<TrialRecord>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return RunAsync(
            mixSeed => mixSeed ? strategy : throw new InvalidOperationException(
                $"{statePath} was recorded before search seeds were mixed (it has no seedMixed), so its trials replay only into a strategy " +
                "seeded with the seed as it is; resume it with RunAsync(Func<bool, ISearchStrategy>, …), whose factory is given false for such a file"),
            seed,
            statePath,
            progress,
            cancellationToken);
    }

    /// <summary>
    /// Runs (or resumes) the search with the strategy <paramref name="newStrategy"/> builds: its argument is
    /// <see cref="StrategyOptions.MixSeed"/>, true for a new search and false to resume a <c>search.json</c> recorded
    /// before seeds were mixed (it has no <c>seedMixed</c>), whose trials only replay with the seed used as it is.
    /// </summary>
    public async Task<SearchState> RunAsync(
        Func<bool, ISearchStrategy> newStrategy,
        int seed,
        string? statePath,
        IProgress<TrialRecord>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newStrategy);
        var saved = statePath is null ? null : SearchStateStore.Load(statePath);
        var mixSeed = saved?.SeedMixed ?? true;
        var strategy = newStrategy(mixSeed);
        var state = NewState(strategy.Name, seed, mixSeed);
        if (saved is not null)
        {
            state = Resume(saved, state);
        }

        // One trial at a time, so the scheduler keeps this strategy in step with the events and never asks for another.
        var handedOut = false;
        ISearchStrategy Strategy()
        {
            if (handedOut)
            {
                throw new InvalidOperationException("the search strategy fell out of step with its trials");
            }

            handedOut = true;
            return strategy;
        }

        var position = new SearchPosition
        {
            SearchId = SearchId,
            NewStrategy = Strategy,
            Trials = state.Trials,
            Events = [.. state.Trials.SelectMany((t, i) => new[] { StrategyEvent.Asked(i, t.PointIndex, t.Items), StrategyEvent.Told(i, t.Objective) })],
            MaxTrials = _options.MaxTrials,
            BudgetCalls = _options.BudgetCalls,
            BudgetUsd = _options.BudgetUsd,
            StopWhen = _options.StopWhen,
            AbandonedCalls = state.AbandonedCalls,
            AbandonedUsd = state.AbandonedUsd,
        };

        // The cursor, the trials and the spend grow by one trial a step, so a long search costs time linear in its trials
        // (saving search.json after every trial still writes the whole file).
        var cursor = SearchScheduler.Start(position, _space);
        var trials = new List<TrialRecord>(state.Trials);
        var trialCalls = trials.Sum(t => t.CallsMade);
        var trialUsd = trials.Sum(t => t.UsdSpent);
        var resuming = trials.Count > 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = Advance(cursor, resuming);
            resuming = false;
            if (step.NewTrials is not [var trial])
            {
                state = state with { Trials = [.. trials], StopReason = step.StopReason ?? SearchStopReasons.Exhausted, StrategyState = strategy.DescribeState() };
                Save(statePath, state);
                return state;
            }

            state = state with { Proposals = state.Proposals + 1 };
            var budget = new TrialBudget(
                _options.BudgetCalls - (trialCalls + state.AbandonedCalls), _options.BudgetUsd - (trialUsd + state.AbandonedUsd));
            var m = await _evaluator.EvaluateAsync(_space.Feasible[trial.PointIndex], trial.Items, budget, cancellationToken).ConfigureAwait(false);
            if (m.BudgetExhausted)
            {
                state = state with
                {
                    Trials = [.. trials],
                    AbandonedCalls = state.AbandonedCalls + m.CallsMade,
                    AbandonedUsd = state.AbandonedUsd + m.UsdSpent,
                    StopReason = _options.BudgetUsd is not null && _options.BudgetCalls is null ? SearchStopReasons.BudgetUsd : SearchStopReasons.BudgetCalls,
                    StrategyState = strategy.DescribeState(),
                };
                Save(statePath, state);
                return state;
            }

            var record = Completed(trial, m);
            cursor.Finish(record);
            trials.Add(record);
            trialCalls = checked(trialCalls + record.CallsMade);
            trialUsd += record.UsdSpent;
            state = state with { Trials = trials, StrategyState = strategy.DescribeState() };
            Save(statePath, state);
            progress?.Report(record);
        }
    }

    // The first step of a resumed search replays its trials into the strategy.
    private static SearchStep Advance(SchedulerCursor cursor, bool resuming)
    {
        try
        {
            return cursor.Step();
        }
        catch (InvalidOperationException ex) when (resuming)
        {
            throw new InvalidOperationException($"search.json does not replay ({ex.Message}); use another --out or delete search.json", ex);
        }
    }

    private TrialRecord Completed(TrialRecord trial, TrialMeasurement m) => new()
    {
        Number = trial.Number,
        PointIndex = trial.PointIndex,
        Key = trial.Key,
        Items = trial.Items,
        FullEquivalent = (double)trial.Items / _evaluator.SearchItems,
        Score = m.Score,
        CiHalfWidth = m.CiHalfWidth,
        Objective = SearchObjective.Of(m.Score, m.UsdPerQuery, _options.CostWeight),
        UsdPerQuery = m.UsdPerQuery,
        P95LatencyMs = m.P95LatencyMs,
        CallsPerQuery = m.CallsPerQuery,
        CallsMade = m.CallsMade,
        CallsWithoutReuse = m.CallsWithoutReuse,
        UsdSpent = m.UsdSpent,
        JudgeCalls = m.JudgeCalls,
    };

    private SearchState NewState(string strategy, int seed, bool seedMixed) => new()
    {
        Space = _space.Space.Name,
        SpaceFingerprint = Fingerprint(_space),
        FeasiblePoints = _space.Feasible.Count,
        InfeasiblePoints = _space.InfeasibleCount,
        Strategy = strategy,
        Seed = seed,
        SeedMixed = seedMixed,
        SearchItems = _evaluator.SearchItems,
        BudgetCalls = _options.BudgetCalls,
        BudgetUsd = _options.BudgetUsd,
        CostWeight = _options.CostWeight,
        Simulated = _options.Simulated,
    };

    private static SearchState Resume(SearchState saved, SearchState fresh)
    {
        if (saved.SpaceFingerprint != fresh.SpaceFingerprint || saved.Strategy != fresh.Strategy || saved.Seed != fresh.Seed
            || saved.SearchItems != fresh.SearchItems || Math.Abs(saved.CostWeight - fresh.CostWeight) > 1e-12)
        {
            throw new InvalidOperationException(
                $"the existing search state (strategy {saved.Strategy}, seed {saved.Seed}, {saved.SearchItems} search items, space {saved.SpaceFingerprint}) " +
                $"does not match this search (strategy {fresh.Strategy}, seed {fresh.Seed}, {fresh.SearchItems} items, space {fresh.SpaceFingerprint}); use another --out or delete search.json");
        }

        // Budgets may be raised on resume; the new ones apply. A finished search continues when budgets allow.
        return saved with
        {
            BudgetCalls = fresh.BudgetCalls,
            BudgetUsd = fresh.BudgetUsd,
            Proposals = saved.Trials.Count,
            StopReason = null,
            Simulated = saved.Simulated || fresh.Simulated,
        };
    }

    private static void Save(string? path, SearchState state)
    {
        if (path is not null)
        {
            SearchStateStore.Save(path, state);
        }
    }
}
