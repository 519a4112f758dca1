using System.Collections.Concurrent;
using Archon.Search.Driver;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Workflows.Searches;

/// <summary>
/// Decides a space search's next asks and tells from its recorded events and its trials' results. The strategy is
/// rebuilt by replaying the events (the last one built is kept per search, so a proposal replays only what is new).
/// Results are told in trial order and, after each tell (and at the start), the strategy is asked for trials until
/// <c>parallel</c> are untold; so the event sequence depends only on the trials' results, never on which run finished
/// first, and a search is deterministic for its seed. A strategy that returns null, or proposes a trial still in flight,
/// waits for the next result. Asking stops for good at the trial limit, a budget (the calls and dollars the told trials'
/// runs reported) or when the strategy has nothing left.
/// </summary>
internal sealed class SearchScheduler(SearchSpaces spaces)
{
    private const int KeptStrategies = 16;
    private readonly ConcurrentDictionary<string, KeptStrategy> _kept = new(StringComparer.Ordinal);

    public SearchAdvance Advance(ProposeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = request.Plan;
        var space = spaces.Get(plan.Space, plan.Fingerprint);
        var trials = request.Trials.ToList();
        var events = request.Events.ToList();
        var proposed = new List<ProposedTrial>();
        var stop = request.StopReason;
        var told = events.Count(e => e.Kind == StrategyEvent.Tell);
        if (events.Count - told != trials.Count)
        {
            throw new InvalidOperationException($"the search records {events.Count - told} asks for {trials.Count} trials");
        }

        // A strategy call whose result is not recorded (a null, a proposal we wait on) leaves the instance ahead of the
        // events; it is then rebuilt before its next use so the events stay an exact replay.
        ISearchStrategy? strategy = null;
        List<TrialRequest> requests = [];
        ISearchStrategy Strategy()
        {
            if (strategy is null)
            {
                (strategy, requests) = Rebuild(request, space, events);
            }

            return strategy;
        }

        void Ask()
        {
            while (stop is null && trials.Count - told < request.Parallel)
            {
                stop = Limit(plan, trials, told);
                if (stop is not null)
                {
                    return;
                }

                var next = Strategy().Next();
                if (next is null)
                {
                    strategy = null;
                    stop = trials.Count == told ? SearchStopReasons.Exhausted : null;
                    return;
                }

                if (trials.Skip(told).Any(t => t.PointIndex == next.PointIndex && t.Items == next.Items))
                {
                    strategy = null;
                    return;
                }

                var point = space.Feasible[next.PointIndex];
                events.Add(StrategyEvent.Asked(trials.Count, next.PointIndex, next.Items));
                requests.Add(next);
                proposed.Add(new ProposedTrial(trials.Count, point.Index, point.Key, next.Items, point.Architecture));
                trials.Add(new SearchTrialState(trials.Count, point.Architecture.Name, string.Empty, SearchTrialStatus.Running, point.Index, point.Key, next.Items));
            }
        }

        Ask();
        while (told < trials.Count && trials[told].IsFinished)
        {
            var objective = Objective(trials[told], request.CostWeight);
            Strategy().Report(requests[told], objective);
            events.Add(StrategyEvent.Told(told, objective));
            told++;
            Ask();
        }

        if (strategy is not null)
        {
            Keep(request.SearchId, plan, strategy, requests, events.Count);
        }

        return new SearchAdvance(proposed, events, stop);
    }

    /// <summary>What a finished trial tells the strategy: the objective of its run, 0 when it failed.</summary>
    public static double Objective(SearchTrialState trial, double costWeight)
    {
        if (trial.Status != SearchTrialStatus.Completed)
        {
            return 0;
        }

        var usdPerQuery = trial.Items is > 0 ? (trial.CostUsd ?? 0) / trial.Items.Value : 0m;
        return SearchObjective.Of((trial.Score ?? 0) * 100, usdPerQuery, costWeight);
    }

    private (ISearchStrategy, List<TrialRequest>) Rebuild(ProposeRequest request, SpaceEnumeration space, List<StrategyEvent> events)
    {
        if (_kept.TryRemove(request.SearchId, out var kept) && kept.Fingerprint == request.Plan.Fingerprint && kept.Events <= events.Count)
        {
            StrategyReplay.Continue(kept.Strategy, events.Skip(kept.Events), kept.Requests);
            return (kept.Strategy, kept.Requests);
        }

        var plan = request.Plan;
        var strategy = StrategyFactory.Create(
            plan.Strategy, space, request.SearchItems, new StrategyOptions { Seed = plan.Seed, InitialRandomPoints = plan.InitialPoints });
        var requests = new List<TrialRequest>();
        StrategyReplay.Continue(strategy, events, requests);
        return (strategy, requests);
    }

    private void Keep(string searchId, SpaceSearchPlan plan, ISearchStrategy strategy, List<TrialRequest> requests, int events)
    {
        if (_kept.Count >= KeptStrategies)
        {
            _kept.Clear();
        }

        _kept[searchId] = new KeptStrategy(plan.Fingerprint, strategy, requests, events);
    }

    // Told trials at what their runs reported; trials in flight finish, so spend may pass a budget by up to `parallel` trials.
    private static string? Limit(SpaceSearchPlan plan, List<SearchTrialState> trials, int told) =>
        SearchLimits.Reached(
            trials.Count, plan.MaxTrials,
            trials.Take(told).Sum(t => (long)(t.Calls ?? 0)), plan.BudgetCalls,
            trials.Take(told).Sum(t => t.CostUsd ?? 0), plan.BudgetUsd);

    private sealed record KeptStrategy(string Fingerprint, ISearchStrategy Strategy, List<TrialRequest> Requests, int Events);
}
