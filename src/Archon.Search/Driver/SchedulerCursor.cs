using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Search.Driver;

/// <summary>
/// Where one search stands in <see cref="SearchScheduler"/>'s loop, advanced in place: its trials, its strategy events,
/// how many trials were told and what those told trials spent. A step costs only what it adds, so a caller that keeps
/// the cursor between steps (<see cref="SearchDriver"/>) runs a search in time linear in its trials; the service's
/// stateless <see cref="SearchScheduler.Advance"/> builds one from each position.
/// </summary>
internal sealed class SchedulerCursor
{
    private readonly SearchPosition _position;
    private readonly SpaceEnumeration _space;
    private readonly Func<List<StrategyEvent>, (ISearchStrategy Strategy, List<TrialRequest> Requests)> _rebuild;
    private readonly List<TrialRecord> _trials;
    private readonly List<StrategyEvent> _events;
    private int _told;
    private long _toldCalls;
    private decimal _toldUsd;
    private string? _stop;

    // A strategy call whose result is not recorded (a null, a proposal we wait on) leaves the instance ahead of the
    // events; it is then rebuilt before its next use so the events stay an exact replay.
    private ISearchStrategy? _strategy;
    private List<TrialRequest> _requests = [];

    /// <param name="position">The search so far; its trials and events are copied.</param>
    /// <param name="space">The search's space.</param>
    /// <param name="rebuild">Builds the strategy from the events recorded so far (with the requests it was asked for).</param>
    public SchedulerCursor(SearchPosition position, SpaceEnumeration space, Func<List<StrategyEvent>, (ISearchStrategy, List<TrialRequest>)> rebuild)
    {
        _position = position;
        _space = space;
        _rebuild = rebuild;
        _trials = [.. position.Trials];
        _events = [.. position.Events];
        _stop = position.StopReason;
        _told = _events.Count(e => e.Kind == StrategyEvent.Tell);
        if (_events.Count - _told != _trials.Count)
        {
            throw new InvalidOperationException($"the search records {_events.Count - _told} asks for {_trials.Count} trials");
        }

        for (var i = 0; i < _told; i++)
        {
            AddSpend(_trials[i]);
        }
    }

    /// <summary>Every strategy event so far.</summary>
    public IReadOnlyList<StrategyEvent> Events => _events;

    /// <summary>The strategy in step with <see cref="Events"/>, or null when it must be rebuilt before its next use.</summary>
    public ISearchStrategy? Strategy => _strategy;

    /// <summary>The requests <see cref="Strategy"/> was asked for, by trial.</summary>
    public List<TrialRequest> Requests => _requests;

    /// <summary>Records how a proposed trial ended (its <see cref="TrialRecord.Number"/> says which).</summary>
    public void Finish(TrialRecord trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        if (trial.Index < _told || trial.Index >= _trials.Count)
        {
            throw new InvalidOperationException($"trial {trial.Number} is not in flight");
        }

        _trials[trial.Index] = trial;
    }

    /// <summary>Tells the finished trials' objectives in order and asks for new trials (see <see cref="SearchScheduler"/>).</summary>
    public SearchStep Step()
    {
        var proposed = new List<TrialRecord>();
        Ask(proposed);
        while (_told < _trials.Count && _trials[_told].IsFinished)
        {
            var objective = _trials[_told].Objective;
            Current().Report(_requests[_told], objective);
            _events.Add(StrategyEvent.Told(_told, objective));
            AddSpend(_trials[_told]);
            _told++;
            Ask(proposed);
        }

        return new SearchStep(proposed, _events, _stop);
    }

    private void Ask(List<TrialRecord> proposed)
    {
        while (_stop is null && _trials.Count - _told < _position.Parallel)
        {
            _stop = Limit();
            if (_stop is not null)
            {
                return;
            }

            var next = Current().Next();
            if (next is null)
            {
                _strategy = null;
                _stop = _trials.Count == _told ? SearchStopReasons.Exhausted : null;
                return;
            }

            if (_trials.Skip(_told).Any(t => t.PointIndex == next.PointIndex && t.Items == next.Items))
            {
                _strategy = null;
                return;
            }

            var point = _space.Feasible[next.PointIndex];
            var trial = new TrialRecord
            {
                Number = _trials.Count + 1, PointIndex = point.Index, Key = point.Key, Items = next.Items,
                Status = TrialStatus.Running, Architecture = point.Architecture.Name,
            };
            _events.Add(StrategyEvent.Asked(_trials.Count, next.PointIndex, next.Items));
            _requests.Add(next);
            proposed.Add(trial);
            _trials.Add(trial);
        }
    }

    private ISearchStrategy Current()
    {
        if (_strategy is null)
        {
            (_strategy, _requests) = _rebuild(_events);
        }

        return _strategy;
    }

    // Told trials at what their runs reported, plus what was spent outside them; trials in flight finish, so spend may
    // pass a budget by up to `parallel` trials. Then the target: the last told trial may end the search.
    private string? Limit()
    {
        var stop = SearchLimits.Reached(
            _trials.Count, _position.MaxTrials,
            checked(_toldCalls + _position.AbandonedCalls), _position.BudgetCalls,
            _toldUsd + _position.AbandonedUsd, _position.BudgetUsd);
        return stop is null && _position.StopWhen is { } when && _told > 0 && when(_trials[_told - 1]) ? SearchStopReasons.TargetReached : stop;
    }

    private void AddSpend(TrialRecord told)
    {
        _toldCalls = checked(_toldCalls + told.CallsMade);
        _toldUsd += told.UsdSpent;
    }
}
