using System.Text.Json.Serialization;

namespace Archon.Search.Driver;

/// <summary>One finished trial as kept in <c>search.json</c>.</summary>
public sealed record TrialRecord
{
    [JsonPropertyName("number")] public int Number { get; init; }
    [JsonPropertyName("point")] public int PointIndex { get; init; }
    [JsonPropertyName("key")] public required string Key { get; init; }
    [JsonPropertyName("items")] public int Items { get; init; }

    /// <summary>Items / search items: this trial's share of one full evaluation.</summary>
    [JsonPropertyName("fullEquivalent")] public double FullEquivalent { get; init; }

    [JsonPropertyName("score")] public double Score { get; init; }
    [JsonPropertyName("ci95")] public double CiHalfWidth { get; init; }

    /// <summary>The value the strategy optimised (the score, minus the cost penalty when one is set).</summary>
    [JsonPropertyName("objective")] public double Objective { get; init; }

    [JsonPropertyName("usdPerQuery")] public decimal UsdPerQuery { get; init; }
    [JsonPropertyName("p95LatencyMs")] public double P95LatencyMs { get; init; }
    [JsonPropertyName("callsPerQuery")] public double CallsPerQuery { get; init; }
    [JsonPropertyName("callsMade")] public long CallsMade { get; init; }
    [JsonPropertyName("callsWithoutReuse")] public long CallsWithoutReuse { get; init; }
    [JsonPropertyName("usdSpent")] public decimal UsdSpent { get; init; }

    /// <summary>Judge calls made to score the trial (included in <see cref="CallsMade"/> when not cached); 0 without a judge.</summary>
    [JsonPropertyName("judgeCalls")] public long JudgeCalls { get; init; }
}
