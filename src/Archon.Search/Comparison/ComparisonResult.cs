using System.Text.Json.Serialization;

namespace Archon.Search.Comparison;

/// <summary>The content of <c>compare.json</c>.</summary>
public sealed record ComparisonResult
{
    [JsonPropertyName("space")] public required string Space { get; init; }
    [JsonPropertyName("feasiblePoints")] public int FeasiblePoints { get; init; }
    [JsonPropertyName("maxScore")] public double MaxScore { get; init; }

    /// <summary>Share of the space within 0.5 points of the maximum: a figure on a space where most points are near-best says nothing.</summary>
    [JsonPropertyName("nearBestFraction")] public double NearBestFraction { get; init; }

    [JsonPropertyName("nearBestCount")] public int NearBestCount { get; init; }
    [JsonPropertyName("seeds")] public int Seeds { get; init; }

    /// <summary>True when the strategies were compared on simulated models.</summary>
    [JsonPropertyName("simulated")] public bool Simulated { get; init; }
    [JsonPropertyName("strategies")] public IReadOnlyDictionary<string, StrategyComparison> Strategies { get; init; } = new Dictionary<string, StrategyComparison>();
}
