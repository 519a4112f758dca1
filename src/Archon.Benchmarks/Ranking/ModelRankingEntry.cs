using System.Text.Json.Serialization;

namespace Archon.Benchmarks.Ranking;

/// <summary>One model's result in a <see cref="ModelRanking"/>.</summary>
public sealed record ModelRankingEntry
{
    /// <summary>1-based rank.</summary>
    [JsonPropertyName("rank")]
    public int Rank { get; init; }

    [JsonPropertyName("model")]
    public required string Model { get; init; }

    [JsonPropertyName("score")]
    public double Score { get; init; }

    /// <summary>Bootstrap 95% interval: [low, high].</summary>
    [JsonPropertyName("ci95")]
    public IReadOnlyList<double> Ci95 { get; init; } = [0, 0];

    [JsonPropertyName("errors")]
    public int Errors { get; init; }

    [JsonPropertyName("costUsd")]
    public decimal CostUsd { get; init; }

    [JsonPropertyName("latencyP50Ms")]
    public double LatencyP50Ms { get; init; }
}
