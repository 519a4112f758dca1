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
        var cursor = new SchedulerCursor(position, space, events => Rebuild(position, space.Fingerprint, events));
        var step = cursor.Step();
        if (cursor.Strategy is { } strategy)
        {
            Keep(position.SearchId, space.Fingerprint, strategy, cursor.Requests, cursor.Events.Count);
        }

        return step;
    }

    /// <summary>
    /// A cursor for a caller that runs the whole search in this process and keeps the cursor between steps (telling it
    /// each trial's end with <see cref="SchedulerCursor.Finish"/>): the same decisions as <see cref="Advance"/> on the
    /// same position, the strategy built once from <see cref="SearchPosition.NewStrategy"/> and the position's events.
    /// </summary>
    internal static SchedulerCursor Start(SearchPosition position, SpaceEnumeration space)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(space);
        return new SchedulerCursor(position, space, events => Fresh(position, events));
    }

    private (ISearchStrategy, List<TrialRequest>) Rebuild(SearchPosition position, string fingerprint, List<StrategyEvent> events)
    {
        if (_kept.TryRemove(position.SearchId, out var kept) && kept.Fingerprint == fingerprint && kept.Events <= events.Count)
        {
            StrategyReplay.Continue(kept.Strategy, events.Skip(kept.Events), kept.Requests);
            return (kept.Strategy, kept.Requests);
        }

        return Fresh(position, events);
    }

    private static (ISearchStrategy, List<TrialRequest>) Fresh(SearchPosition position, List<StrategyEvent> events)
    {
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

    private sealed record KeptStrategy(string Fingerprint, ISearchStrategy Strategy, List<TrialRequest> Requests, int Events);
}
