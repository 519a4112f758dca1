using System.Text.Json;
using Archon.Search.Driver;
using Archon.Search.Evaluation;
using Archon.Search.Reporting;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Service.Searches;

/// <summary>
/// Decides a space search's next asks and tells from its recorded events and its trials' results, with no I/O.
/// The strategy is rebuilt by replaying the events. Results are told in trial order and, after each tell (and at the
/// start), the strategy is asked for trials until <c>parallel</c> are untold; so the event sequence depends only on the
/// trials' results, never on which run finished first, and a search is deterministic for its seed. A strategy that
/// returns null, or proposes a trial still in flight, waits for the next result. Asking stops for good at the trial
/// limit, a budget (the calls and dollars the told trials' runs reported) or when the strategy has nothing left.
/// </summary>
internal static class SpaceSearchScheduler
{
    public static SpaceSearchAdvance Advance(
        SpaceEnumeration space, SpaceSearchPlan plan, int searchItems, int parallel,
        IReadOnlyList<SearchTrial> current, IReadOnlyList<StrategyEvent> recorded, string? stopReason)
    {
        var trials = current.ToList();
        var events = recorded.ToList();
        var stop = stopReason;
        var told = events.Count(e => e.Kind == StrategyEvent.Tell);
        if (events.Count - told != trials.Count)
        {
            throw new InvalidOperationException($"the search state records {events.Count - told} asks for {trials.Count} trials");
        }

        // A strategy call whose result is not recorded (a null, a proposal we wait on) leaves the instance ahead of
        // the events; it is then rebuilt before its next use so the events stay an exact replay.
        ISearchStrategy? strategy = null;
        List<TrialRequest> requests = [];
        ISearchStrategy Strategy()
        {
            if (strategy is null)
            {
                strategy = StrategyFactory.Create(plan.Strategy, space, searchItems, new StrategyOptions { Seed = plan.Seed, InitialRandomPoints = plan.InitialPoints });
                requests = [.. StrategyReplay.Replay(strategy, events)];
            }

            return strategy;
        }

        void Ask()
        {
            while (stop is null && trials.Count - told < parallel)
            {
                stop = Limit(plan, trials, told);
                if (stop is not null)
                {
                    return;
                }

                var request = Strategy().Next();
                if (request is null)
                {
                    strategy = null;
                    stop = trials.Count == told ? SearchStopReasons.Exhausted : null;
                    return;
                }

                if (trials.Skip(told).Any(t => t.PointIndex == request.PointIndex && t.Items == request.Items))
                {
                    strategy = null;
                    return;
                }

                events.Add(StrategyEvent.Asked(trials.Count, request.PointIndex, request.Items));
                requests.Add(request);
                trials.Add(NewTrial(trials.Count, space.Feasible[request.PointIndex], request.Items));
            }
        }

        Ask();
        while (told < trials.Count && trials[told].IsFinished)
        {
            var trial = trials[told];
            var objective = trial.Status == TrialStatuses.Completed ? (trial.Score ?? 0) * 100 : 0;
            Strategy().Report(requests[told], objective);
            events.Add(StrategyEvent.Told(told, objective));
            told++;
            Ask();
        }

        return new SpaceSearchAdvance(trials, events, stop);
    }

    private static string? Limit(SpaceSearchPlan plan, List<SearchTrial> trials, int told)
    {
        if (trials.Count >= plan.MaxTrials)
        {
            return SearchStopReasons.MaxTrials;
        }

        // Told trials at what their runs reported; trials in flight finish, so spend may pass a budget by up to `parallel` trials.
        var calls = trials.Take(told).Sum(t => (long)(t.Calls ?? 0));
        var usd = trials.Take(told).Sum(t => t.CostUsd ?? 0);
        if (plan.BudgetCalls is { } maxCalls && calls >= maxCalls)
        {
            return SearchStopReasons.BudgetCalls;
        }

        return plan.BudgetUsd is { } maxUsd && usd >= maxUsd ? SearchStopReasons.BudgetUsd : null;
    }

    private static SearchTrial NewTrial(int index, FeasiblePoint point, int items)
    {
        using var config = JsonDocument.Parse(ArchitectureJsonWriter.ToJson(point.Architecture));
        return new SearchTrial(
            index, point.Architecture.Name, config.RootElement.Clone(), null, TrialStatuses.Pending, null, null, null, null,
            point.Index, point.Key, items);
    }
}
