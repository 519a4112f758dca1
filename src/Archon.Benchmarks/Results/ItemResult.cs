using System.Text.Json.Serialization;

namespace Archon.Benchmarks.Results;

/// <summary>
/// The outcome of one item: one JSON line in a run's <c>results.jsonl</c>. An item that failed — its query failed
/// because a component's model calls failed after their retries, the query stopped with no answer, or the scorer
/// threw — carries <see cref="Error"/> (the reason, secrets redacted) and a null <see cref="Score"/>; it counts in the
/// summary's <c>errors</c> and as 0 in its score.
/// </summary>
public sealed record ItemResult
{
    [JsonPropertyName("itemId")]
    public required string ItemId { get; init; }

    /// <summary>Score in [0, 1], or null when the item errored or its answer could not be scored.</summary>
    [JsonPropertyName("score")]
    public double? Score { get; init; }

    /// <summary>True/false for exact-answer kinds, null for graded kinds.</summary>
    [JsonPropertyName("correct")]
    public bool? Correct { get; init; }

    /// <summary>The architecture's final answer (for MT-Bench the last turn's).</summary>
    [JsonPropertyName("answer")]
    public string? Answer { get; init; }

    /// <summary>Every turn's answer when the item has more than one turn.</summary>
    [JsonPropertyName("turnAnswers")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? TurnAnswers { get; init; }

    /// <summary>What went wrong, or null.</summary>
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    /// <summary>The scorer's note (extracted answer, judge verdicts, test output).</summary>
    [JsonPropertyName("detail")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }

    /// <summary>Dollars spent on this item: architecture plus judge calls.</summary>
    [JsonPropertyName("costUsd")]
    public decimal CostUsd { get; init; }

    /// <summary>What the architecture calls the response cache answered would have cost at catalog prices (not in <see cref="CostUsd"/>).</summary>
    [JsonPropertyName("savedUsd")]
    public decimal SavedUsd { get; init; }

    /// <summary>Wall time of the architecture's queries for this item (all turns).</summary>
    [JsonPropertyName("latencyMs")]
    public double LatencyMs { get; init; }

    /// <summary>Architecture model calls (judge calls are in <see cref="JudgeCalls"/>).</summary>
    [JsonPropertyName("calls")]
    public int Calls { get; init; }

    [JsonPropertyName("judgeCalls")]
    public int JudgeCalls { get; init; }

    [JsonPropertyName("inputTokens")]
    public long InputTokens { get; init; }

    [JsonPropertyName("outputTokens")]
    public long OutputTokens { get; init; }

    /// <summary>Sum over turns of the architecture's critical path.</summary>
    [JsonPropertyName("criticalPathMs")]
    public double CriticalPathMs { get; init; }

    /// <summary>
    /// <see cref="CriticalPathMs"/> with every cached call counted at the latency it had when the model answered it:
    /// the item's latency in use, whatever the response cache answered this time (0 in results written before it existed).
    /// </summary>
    [JsonPropertyName("uncachedCriticalPathMs")]
    public double UncachedCriticalPathMs { get; init; }

    [JsonPropertyName("category")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Category { get; init; }

    [JsonPropertyName("subcategory")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subcategory { get; init; }

    /// <summary>Code kinds: the sandbox mode the code ran in (<c>namespaces</c> or <c>limits-only</c>).</summary>
    [JsonPropertyName("sandbox")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sandbox { get; init; }

    /// <summary>AlpacaEval: the baseline answer's length in characters, for the length-controlled win rate.</summary>
    [JsonPropertyName("baselineChars")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? BaselineChars { get; init; }

    /// <summary>True when any simulated model answered or judged.</summary>
    [JsonPropertyName("simulated")]
    public bool Simulated { get; init; }
}
