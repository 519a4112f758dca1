using Archon.Core.Architectures;
using Archon.Search.Driver;
using Archon.Workflows.Benchmarks;

namespace Archon.Workflows.Searches;

/// <summary>
/// Every decision of <see cref="SearchOrchestration"/>, with no clock and no I/O: which trials start (candidates in order,
/// or what the strategy proposed), what each trial's run evaluates, how a finished run is recorded, when to drain for a
/// <c>ContinueAsNew</c>, and which trial is best.
/// </summary>
internal sealed class SearchRunState
{
    /// <summary>Finished trials per orchestration history; then the search drains its running trials and continues as new.</summary>
    public const int TrialsPerHistory = 24;

    private readonly SearchDefinition _definition;
    private readonly List<TrialRecord> _trials;
    private readonly Dictionary<int, ArchitectureConfig> _configs = [];
    private List<StrategyEvent> _events;
    private int _finishedHere;

    public SearchRunState(SearchDefinition definition, SearchProgress progress)
    {
        _definition = definition;
        _trials = [.. progress.Trials];
        _events = [.. progress.Events];
        StopReason = progress.StopReason;
    }

    public IReadOnlyList<TrialRecord> Trials => _trials;

    public string? StopReason { get; private set; }

    /// <summary>True once this history has seen enough trials finish: no new trial starts until it continues as new.</summary>
    public bool Draining => _finishedHere >= TrialsPerHistory;

    /// <summary>Whether the strategy may be asked (a space search that has not stopped asking).</summary>
    public bool MayPropose => _definition.Plan is not null && StopReason is null && !Draining;

    public SearchProgress Progress => new(_trials, _events, StopReason);

    public ProposeRequest ProposeRequest() => new(
        _definition.SearchId, _definition.Plan!, _definition.Items.Total, _definition.Parallel, _trials, _events, StopReason, _definition.CostWeight);

    /// <summary>Records what the strategy decided; returns the trials to start now.</summary>
    public IReadOnlyList<int> Apply(SearchAdvance advance)
    {
        _events = [.. advance.Events];
        StopReason = advance.StopReason;
        foreach (var proposed in advance.NewTrials)
        {
            var index = proposed.Trial.Index;
            _trials.Add(proposed.Trial with { RunId = RunId(index) });
            _configs[index] = proposed.Architecture;
        }

        return [.. advance.NewTrials.Select(t => t.Trial.Index)];
    }

    /// <summary>For a candidate search, the next candidates to start so that at most <c>parallel</c> run at once.</summary>
    public IReadOnlyList<int> NextCandidates()
    {
        var started = new List<int>();
        while (!Draining && _trials.Count < _definition.Candidates.Count
               && _trials.Count(t => !t.IsFinished) < _definition.Parallel)
        {
            var index = _trials.Count;
            var config = _definition.Candidates[index];
            _trials.Add(Candidate(index, config.Name, TrialStatus.Running));
            _configs[index] = config;
            started.Add(index);
        }

        return started;
    }

    /// <summary>The run that evaluates trial <paramref name="index"/>: its architecture on its item prefix.</summary>
    public BenchmarkRunInput RunOf(int index)
    {
        var trial = _trials[index];
        return new BenchmarkRunInput(
            trial.RunId!, _definition.Dataset, _configs[index], _definition.Items, trial.Items,
            Judge: _definition.Judge, SearchId: _definition.SearchId);
    }

    public void Complete(int index, BenchmarkSummaryDocument summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var completed = TrialResults.Completed(
            _trials[index], summary.Score, summary.Ci95, summary.CostUsd, summary.Calls, summary.Simulated, summary.LatencyP95Ms, summary.JudgeCalls);
        _trials[index] = TrialResults.InSearch(completed, _definition.Items.Total, _definition.CostWeight);
        _configs.Remove(index);
        _finishedHere++;
    }

    public void Fail(int index, string error)
    {
        _trials[index] = _trials[index] with { Status = TrialStatus.Failed, Error = error, Objective = 0 };
        _configs.Remove(index);
        _finishedHere++;
    }

    /// <summary>True when the search has nothing left to start: it stopped asking, or every candidate ran.</summary>
    public bool NothingLeft => _definition.Plan is null ? _trials.Count >= _definition.Candidates.Count : StopReason is not null;

    public TrialRecord? Best => SearchBest.Of(_trials, _definition.Items.Total);

    /// <summary>The document <c>GET /api/searches/{id}</c> shows (without the best trial's config, which the save resolves).</summary>
    public SaveSearchRequest Save(string status, DateTime now, string? error = null, BenchmarkSummaryDocument? heldOut = null)
    {
        var plan = _definition.Plan;
        var best = Best;
        var document = new SearchDocument(
            _definition.SearchId,
            status,
            _definition.Dataset,
            _definition.Judge?.Architecture.Name,
            _definition.Parallel,
            _definition.Items.Total,
            [.. _trials, .. PendingCandidates()],
            best?.Index,
            null,
            plan is null ? null : new SearchSpaceInfo(plan.SpaceName, plan.FeasiblePoints, plan.InfeasiblePoints, plan.InfeasibleByRule),
            plan?.Strategy,
            plan?.Seed,
            plan?.MaxTrials,
            plan?.BudgetCalls,
            plan?.BudgetUsd,
            _definition.CostWeight,
            StopReason,
            error,
            now)
        {
            HeldOut = heldOut,
            SeedMixed = plan?.SeedMixed ?? false,
        };
        var candidate = plan is null && best is not null ? _definition.Candidates[best.Index] : null;
        return new SaveSearchRequest(document, candidate, plan, Final: status != SearchStatus.Running);
    }

    /// <summary>The held-out run of the best trial's architecture, when the search holds items out.</summary>
    public BenchmarkRunInput? HeldOutRun(ArchitectureConfig best) =>
        _definition.HeldOut is not { } items
            ? null
            : new BenchmarkRunInput($"{_definition.SearchId}-heldout", _definition.Dataset, best, items, items.Total, Judge: _definition.Judge, SearchId: _definition.SearchId);

    private string RunId(int index) => $"{_definition.SearchId}-t{index}";

    // A candidate search shows every candidate from the start: those not started yet as pending.
    private IEnumerable<TrialRecord> PendingCandidates() =>
        _definition.Candidates.Skip(_trials.Count).Select((c, i) => Candidate(_trials.Count + i, c.Name, TrialStatus.Pending));

    // A candidate search's trials run every item; the candidate's index stands for its point.
    private TrialRecord Candidate(int index, string name, TrialStatus status) => new()
    {
        Number = index + 1, PointIndex = index, Key = name, Items = _definition.Items.Total, Architecture = name, RunId = RunId(index), Status = status,
    };
}
