using System.Text.Json.Serialization;

namespace Archon.Search.Driver;

/// <summary>
/// The resumable state of a search (<c>search.json</c>). Strategies are deterministic for their seed and the scores
/// reported to them, so the trials list plus the seed is the strategy's whole state: on resume the trials are
/// replayed into a fresh strategy (<see cref="Proposals"/> is the RNG-driven proposal position reached).
/// </summary>
public sealed record SearchState
{
    [JsonPropertyName("version")] public int Version { get; init; } = 1;
    [JsonPropertyName("space")] public required string Space { get; init; }

    /// <summary>A hash of the feasible points' keys; a state only resumes on the same space.</summary>
    [JsonPropertyName("spaceFingerprint")] public required string SpaceFingerprint { get; init; }

    [JsonPropertyName("feasiblePoints")] public int FeasiblePoints { get; init; }
    [JsonPropertyName("infeasiblePoints")] public int InfeasiblePoints { get; init; }
    [JsonPropertyName("strategy")] public required string Strategy { get; init; }
    [JsonPropertyName("seed")] public int Seed { get; init; }

    /// <summary>
    /// True when the strategy's generators were seeded with <see cref="Strategies.SeedMixer.Mix"/>(seed); false (absent)
    /// in a search recorded before seeds were mixed, which resumes with the seed used as it is.
    /// </summary>
    [JsonPropertyName("seedMixed")] public bool SeedMixed { get; init; }
    [JsonPropertyName("searchItems")] public int SearchItems { get; init; }
    [JsonPropertyName("budgetCalls")] public long? BudgetCalls { get; init; }
    [JsonPropertyName("budgetUsd")] public decimal? BudgetUsd { get; init; }
    [JsonPropertyName("costWeight")] public double CostWeight { get; init; }

    /// <summary>True when the trials ran on simulated models, so the scores describe the simulation.</summary>
    [JsonPropertyName("simulated")] public bool Simulated { get; init; }
    [JsonPropertyName("trials")] public IReadOnlyList<TrialRecord> Trials { get; init; } = [];

    /// <summary>Proposals taken from the strategy so far (its RNG position for replay).</summary>
    [JsonPropertyName("proposals")] public int Proposals { get; init; }

    [JsonPropertyName("strategyState")] public IReadOnlyDictionary<string, string> StrategyState { get; init; } = new Dictionary<string, string>();

    /// <summary>Calls spent on a trial the budget cut short (not recorded as a trial).</summary>
    [JsonPropertyName("abandonedCalls")] public long AbandonedCalls { get; init; }

    [JsonPropertyName("abandonedUsd")] public decimal AbandonedUsd { get; init; }

    /// <summary>Null while running or after an interruption; else why the search stopped.</summary>
    [JsonPropertyName("stopReason")] public string? StopReason { get; init; }

    [JsonIgnore] public long CallsMade => Trials.Sum(t => t.CallsMade) + AbandonedCalls;
    [JsonIgnore] public long CallsWithoutReuse => Trials.Sum(t => t.CallsWithoutReuse) + AbandonedCalls;
    [JsonIgnore] public decimal UsdSpent => Trials.Sum(t => t.UsdSpent) + AbandonedUsd;
    [JsonIgnore] public double FullEquivalents => Trials.Sum(t => t.FullEquivalent);
}
