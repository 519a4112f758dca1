using System.Text.Json.Serialization;

namespace Archon.Search.Driver;

/// <summary>
/// One trial of a search, the same record for <c>archon search</c> and the service's search orchestration: which point
/// on how many items, where it stands, and once finished what its run measured (as kept in <c>search.json</c>). The
/// service also names the trial's architecture and benchmark run, and keeps the run's own score and interval (0–1);
/// those fields stay out of <c>search.json</c>, where they are absent.
/// </summary>
public sealed record TrialRecord
{
    [JsonPropertyName("number")] public int Number { get; init; }
    [JsonPropertyName("point")] public int PointIndex { get; init; }
    [JsonPropertyName("key")] public required string Key { get; init; }
    [JsonPropertyName("items")] public int Items { get; init; }

    /// <summary>Items / search items: this trial's share of one full evaluation.</summary>
    [JsonPropertyName("fullEquivalent")] public double FullEquivalent { get; init; }

    /// <summary>The mean score in points (0–100).</summary>
    [JsonPropertyName("score")] public double Score { get; init; }

    /// <summary>Half-width of the score's 95% confidence interval, in points.</summary>
    [JsonPropertyName("ci95")] public double CiHalfWidth { get; init; }

    /// <summary>The value the strategy optimised (the score, minus the cost penalty when one is set; 0 for a failed trial).</summary>
    [JsonPropertyName("objective")] public double Objective { get; init; }

    [JsonPropertyName("usdPerQuery")] public decimal UsdPerQuery { get; init; }
    [JsonPropertyName("p95LatencyMs")] public double P95LatencyMs { get; init; }
    [JsonPropertyName("callsPerQuery")] public double CallsPerQuery { get; init; }
    [JsonPropertyName("callsMade")] public long CallsMade { get; init; }
    [JsonPropertyName("callsWithoutReuse")] public long CallsWithoutReuse { get; init; }
    [JsonPropertyName("usdSpent")] public decimal UsdSpent { get; init; }

    /// <summary>Judge calls made to score the trial (included in <see cref="CallsMade"/> when not cached); 0 without a judge.</summary>
    [JsonPropertyName("judgeCalls")] public long JudgeCalls { get; init; }

    /// <summary>Where the trial stands; every trial of <c>search.json</c> is <see cref="TrialStatus.Completed"/>.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TrialStatus Status { get; init; }

    /// <summary>The service: the name of the trial's architecture.</summary>
    [JsonPropertyName("architecture")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Architecture { get; init; }

    /// <summary>The service: the benchmark run that evaluates the trial (<c>{searchId}-t{index}</c>).</summary>
    [JsonPropertyName("runId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RunId { get; init; }

    /// <summary>The service: the run's score (0–1) as its summary reports it; null until the trial completes.</summary>
    [JsonPropertyName("runScore")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RunScore { get; init; }

    /// <summary>The service: the run's 95% interval of <see cref="RunScore"/> (0–1); null until the trial completes.</summary>
    [JsonPropertyName("runCi95")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<double>? RunCi95 { get; init; }

    /// <summary>The service: why the trial's run failed.</summary>
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    /// <summary>The service: true when simulated models answered or judged the trial's run.</summary>
    [JsonPropertyName("simulated")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Simulated { get; init; }

    /// <summary>The trial's position in ask order (0-based; <see cref="Number"/> − 1).</summary>
    [JsonIgnore] public int Index => Number - 1;

    [JsonIgnore] public bool IsFinished => Status is TrialStatus.Completed or TrialStatus.Failed;

    /// <summary>The trial as <c>search.json</c> keeps it: the service's fields left out.</summary>
    public TrialRecord ForFile() => this with { Status = TrialStatus.Completed, Architecture = null, RunId = null, RunScore = null, RunCi95 = null, Error = null, Simulated = false };
}
