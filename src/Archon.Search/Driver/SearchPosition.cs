using Archon.Search.Strategies;

namespace Archon.Search.Driver;

/// <summary>
/// Where a search stands, as <see cref="SearchScheduler.Advance"/> takes it: every trial so far (in ask order), the
/// strategy's recorded asks and tells, why it stopped asking (null while it may ask), and its limits.
/// </summary>
public sealed record SearchPosition
{
    /// <summary>Names the search, so its strategy is kept between steps.</summary>
    public required string SearchId { get; init; }

    /// <summary>Builds a fresh strategy with the search's seed, into which the events are replayed.</summary>
    public required Func<ISearchStrategy> NewStrategy { get; init; }

    /// <summary>Trials running at once. Default 1: ask, run, tell, ask again.</summary>
    public int Parallel { get; init; } = 1;

    public IReadOnlyList<TrialRecord> Trials { get; init; } = [];

    public IReadOnlyList<StrategyEvent> Events { get; init; } = [];

    public string? StopReason { get; init; }

    public int? MaxTrials { get; init; }

    public long? BudgetCalls { get; init; }

    public decimal? BudgetUsd { get; init; }

    /// <summary>Calls and dollars spent outside the trials (a trial the budget cut short); they count towards the budgets.</summary>
    public long AbandonedCalls { get; init; }

    public decimal AbandonedUsd { get; init; }

    /// <summary>Stop asking as soon as the last told trial satisfies this. Null: never.</summary>
    public Func<TrialRecord, bool>? StopWhen { get; init; }
}
