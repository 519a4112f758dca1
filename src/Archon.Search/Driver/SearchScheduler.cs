using System.Collections.Concurrent;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Search.Driver;

/// <summary>
/// The one search loop's decisions, for <c>archon search</c> (<see cref="SearchDriver"/>) and the service's search
/// orchestration alike: from a search's recorded events and its trials' results, the next asks and tells. The strategy
/// is rebuilt by replaying the events (the last one built is kept per search, so a step replays only what is new).
/// Results are told in trial order and, after each tell (and at the start), the strategy is asked for trials until
/// <c>parallel</c> are untold; so the event sequence depends only on the trials' results, never on which run finished
/// first, and a search is deterministic for its seed. A strategy that returns null, or proposes a trial still in flight,
/// waits for the next result. Asking stops for good at the trial limit, a budget (the calls and dollars the told trials'
/// runs reported), the <c>StopWhen</c> target, or when the strategy has nothing left. Callers differ only in how they
/// run a trial.
/// </summary>
public sealed class SearchScheduler
{
    private const int KeptStrategies = 16;
    private readonly ConcurrentDictionary<string, KeptStrategy> _kept = new(StringComparer.Ordinal);

    /// <summary>Tells the finished trials' objectives in order and asks for new trials; see the class summary.</summary>
    public SearchStep Advance(SearchPosition position, SpaceEnumeration space)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(space);
        var trials = position.Trials.ToList();
        var events = position.Events.ToList();
        var proposed = new List<TrialRecord>();
        var stop = position.StopReason;
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
                (strategy, requests) = Rebuild(position, space.Fingerprint, events);
            }

            return strategy;
        }

        void Ask()
        {
            while (stop is null && trials.Count - told < position.Parallel)
            {
                stop = Limit(position, trials, told);
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
                var trial = new TrialRecord
                {
                    Number = trials.Count + 1, PointIndex = point.Index, Key = point.Key, Items = next.Items,
                    Status = TrialStatus.Running, Architecture = point.Architecture.Name,
                };
                events.Add(StrategyEvent.Asked(trials.Count, next.PointIndex, next.Items));
                requests.Add(next);
                proposed.Add(trial);
                trials.Add(trial);
            }
        }

        Ask();
        while (told < trials.Count && trials[told].IsFinished)
        {
            var objective = trials[told].Objective;
            Strategy().Report(requests[told], objective);
            events.Add(StrategyEvent.Told(told, objective));
            told++;
            Ask();
        }

        if (strategy is not null)
        {
            Keep(position.SearchId, space.Fingerprint, strategy, requests, events.Count);
        }

        return new SearchStep(proposed, events, stop);
    }

    private (ISearchStrategy, List<TrialRequest>) Rebuild(SearchPosition position, string fingerprint, List<StrategyEvent> events)
    {
        if (_kept.TryRemove(position.SearchId, out var kept) && kept.Fingerprint == fingerprint && kept.Events <= events.Count)
        {
            StrategyReplay.Continue(kept.Strategy, events.Skip(kept.Events), kept.Requests);
            return (kept.Strategy, kept.Requests);
        }

        var strategy = position.NewStrategy();
        var requests = new List<TrialRequest>();
        StrategyReplay.Continue(strategy, events, requests);
        return (strategy, requests);
    }

    private void Keep(string searchId, string fingerprint, ISearchStrategy strategy, List<TrialRequest> requests, int events)
    {
        if (_kept.Count >= KeptStrategies)
        {
            _kept.Clear();
        }

        _kept[searchId] = new KeptStrategy(fingerprint, strategy, requests, events);
    }

    // Told trials at what their runs reported, plus what was spent outside them; trials in flight finish, so spend may
    // pass a budget by up to `parallel` trials. Then the target: the last told trial may end the search.
    private static string? Limit(SearchPosition position, List<TrialRecord> trials, int told)
    {
        var stop = SearchLimits.Reached(
            trials.Count, position.MaxTrials,
            trials.Take(told).Sum(t => t.CallsMade) + position.AbandonedCalls, position.BudgetCalls,
            trials.Take(told).Sum(t => t.UsdSpent) + position.AbandonedUsd, position.BudgetUsd);
        return stop is null && position.StopWhen is { } when && told > 0 && when(trials[told - 1]) ? SearchStopReasons.TargetReached : stop;
    }

    private sealed record KeptStrategy(string Fingerprint, ISearchStrategy Strategy, List<TrialRequest> Requests, int Events);
}
