using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Search.Driver;

/// <summary>
/// Runs a strategy against an evaluator: one trial at a time, the state saved after every trial, stopping cleanly at
/// the budget. With a state path whose file exists, the recorded trials are replayed into the strategy (no model
/// calls) and the search continues where it stopped.
/// </summary>
public sealed class SearchDriver
{
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

    /// <summary>Runs (or resumes) the search; <paramref name="statePath"/> null keeps the state in memory only.</summary>
    public async Task<SearchState> RunAsync(
        ISearchStrategy strategy,
        int seed,
        string? statePath,
        IProgress<TrialRecord>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var state = NewState(strategy.Name, seed);
        if (statePath is not null && SearchStateStore.Load(statePath) is { } saved)
        {
            state = Replay(strategy, saved, state);
        }

        var trials = state.Trials.ToList();
        var proposals = state.Proposals;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stop = SearchLimits.Reached(trials.Count, _options.MaxTrials, state.CallsMade, _options.BudgetCalls, state.UsdSpent, _options.BudgetUsd);

            if (stop is null && _options.StopWhen is { } when && trials.Count > 0 && when(trials[^1]))
            {
                stop = SearchStopReasons.TargetReached;
            }

            var request = stop is null ? strategy.Next() : null;
            if (request is null)
            {
                state = state with { StopReason = stop ?? SearchStopReasons.Exhausted, StrategyState = strategy.DescribeState() };
                Save(statePath, state);
                return state;
            }

            proposals++;
            var point = _space.Feasible[request.PointIndex];
            var budget = new TrialBudget(_options.BudgetCalls - state.CallsMade, _options.BudgetUsd - state.UsdSpent);
            var m = await _evaluator.EvaluateAsync(point, request.Items, budget, cancellationToken).ConfigureAwait(false);
            if (m.BudgetExhausted)
            {
                state = state with
                {
                    AbandonedCalls = state.AbandonedCalls + m.CallsMade,
                    AbandonedUsd = state.AbandonedUsd + m.UsdSpent,
                    Proposals = proposals,
                    StopReason = _options.BudgetUsd is not null && _options.BudgetCalls is null ? SearchStopReasons.BudgetUsd : SearchStopReasons.BudgetCalls,
                    StrategyState = strategy.DescribeState(),
                };
                Save(statePath, state);
                return state;
            }

            var objective = SearchObjective.Of(m.Score, m.UsdPerQuery, _options.CostWeight);
            var record = new TrialRecord
            {
                Number = trials.Count + 1,
                PointIndex = point.Index,
                Key = point.Key,
                Items = request.Items,
                FullEquivalent = (double)request.Items / _evaluator.SearchItems,
                Score = m.Score,
                CiHalfWidth = m.CiHalfWidth,
                Objective = objective,
                UsdPerQuery = m.UsdPerQuery,
                P95LatencyMs = m.P95LatencyMs,
                CallsPerQuery = m.CallsPerQuery,
                CallsMade = m.CallsMade,
                CallsWithoutReuse = m.CallsWithoutReuse,
                UsdSpent = m.UsdSpent,
                JudgeCalls = m.JudgeCalls,
            };
            strategy.Report(request, objective);
            trials.Add(record);
            state = state with { Trials = trials.ToArray(), Proposals = proposals, StrategyState = strategy.DescribeState() };
            Save(statePath, state);
            progress?.Report(record);
        }
    }

    private SearchState NewState(string strategy, int seed) => new()
    {
        Space = _space.Space.Name,
        SpaceFingerprint = Fingerprint(_space),
        FeasiblePoints = _space.Feasible.Count,
        InfeasiblePoints = _space.InfeasibleCount,
        Strategy = strategy,
        Seed = seed,
        SearchItems = _evaluator.SearchItems,
        BudgetCalls = _options.BudgetCalls,
        BudgetUsd = _options.BudgetUsd,
        CostWeight = _options.CostWeight,
        Simulated = _options.Simulated,
    };

    private static SearchState Replay(ISearchStrategy strategy, SearchState saved, SearchState fresh)
    {
        if (saved.SpaceFingerprint != fresh.SpaceFingerprint || saved.Strategy != fresh.Strategy || saved.Seed != fresh.Seed
            || saved.SearchItems != fresh.SearchItems || Math.Abs(saved.CostWeight - fresh.CostWeight) > 1e-12)
        {
            throw new InvalidOperationException(
                $"the existing search state (strategy {saved.Strategy}, seed {saved.Seed}, {saved.SearchItems} search items, space {saved.SpaceFingerprint}) " +
                $"does not match this search (strategy {fresh.Strategy}, seed {fresh.Seed}, {fresh.SearchItems} items, space {fresh.SpaceFingerprint}); use another --out or delete search.json");
        }

        // The trials are the strategy's asks and tells in order: the same replay the service's searches use.
        var events = saved.Trials.SelectMany((t, i) => new[] { StrategyEvent.Asked(i, t.PointIndex, t.Items), StrategyEvent.Told(i, t.Objective) });
        try
        {
            StrategyReplay.Replay(strategy, events);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"search.json does not replay ({ex.Message}); use another --out or delete search.json", ex);
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
