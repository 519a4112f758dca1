namespace Archon.Search.Driver;

/// <summary>How a search runs. Plain data with documented defaults.</summary>
public sealed record SearchOptions
{
    /// <summary>Stop before the calls actually made (cache misses) exceed this. Null: no limit.</summary>
    public long? BudgetCalls { get; init; }

    /// <summary>Stop before the dollars actually spent exceed this. Null: no limit.</summary>
    public decimal? BudgetUsd { get; init; }

    /// <summary>Stop after this many trials. Null: no limit.</summary>
    public int? MaxTrials { get; init; }

    /// <summary>Cost-aware objective: score minus this many points per dollar per query. Default 0 (score only).</summary>
    public double CostWeight { get; init; }

    /// <summary>True when the trials run on simulated models: recorded in <c>search.json</c>, shown in reports and plot titles.</summary>
    public bool Simulated { get; init; }

    /// <summary>Stop as soon as a trial satisfies this (used by <c>compare</c>). Null: never.</summary>
    public Func<TrialRecord, bool>? StopWhen { get; init; }
}
