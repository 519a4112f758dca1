using System.Text.Json.Serialization;

namespace Archon.Search.Driver;

/// <summary>
/// One call made on a strategy: an <c>ask</c> (<see cref="Strategies.ISearchStrategy.Next"/> returned trial
/// <see cref="Trial"/>'s request) or a <c>tell</c> (<see cref="Strategies.ISearchStrategy.Report"/> gave that trial's
/// <see cref="Score"/>). Strategies are deterministic for a seed and such a sequence, so the sequence rebuilds them.
/// </summary>
public sealed record StrategyEvent
{
    public const string Ask = "ask";
    public const string Tell = "tell";

    [JsonPropertyName("kind")] public required string Kind { get; init; }

    /// <summary>The trial's position in ask order (0-based).</summary>
    [JsonPropertyName("trial")] public int Trial { get; init; }

    /// <summary>Asks: the feasible point proposed.</summary>
    [JsonPropertyName("point")] public int PointIndex { get; init; }

    /// <summary>Asks: the prefix of the search items to evaluate it on.</summary>
    [JsonPropertyName("items")] public int Items { get; init; }

    /// <summary>Tells: the value reported to the strategy.</summary>
    [JsonPropertyName("score")] public double Score { get; init; }

    public static StrategyEvent Asked(int trial, int pointIndex, int items) => new() { Kind = Ask, Trial = trial, PointIndex = pointIndex, Items = items };

    public static StrategyEvent Told(int trial, double score) => new() { Kind = Tell, Trial = trial, Score = score };
}
