using System.Text.Json.Serialization;

namespace Archon.Search.Comparison;

/// <summary>One strategy's figures over all seeds of a comparison.</summary>
public sealed record StrategyComparison
{
    /// <summary>Mean full-evaluation equivalents until a near-best architecture was fully evaluated.</summary>
    [JsonPropertyName("evaluationsToBest")] public double EvaluationsToBest { get; init; }

    /// <summary>Mean model calls actually made (fresh cache per run) until then.</summary>
    [JsonPropertyName("callsToBest")] public double CallsToBest { get; init; }

    /// <summary>Mean calls the same runs would have made without reuse.</summary>
    [JsonPropertyName("callsToBestWithoutReuse")] public double CallsToBestWithoutReuse { get; init; }

    /// <summary>Mean trials until then (subsample trials included).</summary>
    [JsonPropertyName("trialsToBest")] public double TrialsToBest { get; init; }

    /// <summary>Runs that found a near-best architecture (the others count with what they spent).</summary>
    [JsonPropertyName("reached")] public int Reached { get; init; }

    [JsonPropertyName("runs")] public int Runs { get; init; }
    [JsonPropertyName("perSeed")] public IReadOnlyList<SeedRun> PerSeed { get; init; } = [];
}
