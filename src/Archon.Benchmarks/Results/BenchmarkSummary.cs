using System.Text.Json.Serialization;
using Archon.Benchmarks.Sandbox;

namespace Archon.Benchmarks.Results;

/// <summary>
/// Aggregate of a run. <see cref="Score"/> is the mean per-item score where an errored item counts as 0 and an
/// unscored item (no error, but e.g. every judge verdict unparseable) is left out and counted in
/// <see cref="Unscored"/>.
/// </summary>
public sealed record BenchmarkSummary
{
    [JsonPropertyName("score")]
    public double Score { get; init; }

    /// <summary>Bootstrap 95% interval of <see cref="Score"/>: [low, high].</summary>
    [JsonPropertyName("ci95")]
    public IReadOnlyList<double> Ci95 { get; init; } = [0, 0];

    [JsonPropertyName("items")]
    public int Items { get; init; }

    [JsonPropertyName("errors")]
    public int Errors { get; init; }

    [JsonPropertyName("unscored")]
    public int Unscored { get; init; }

    /// <summary>Items with <c>correct == true</c> (exact-answer kinds).</summary>
    [JsonPropertyName("correct")]
    public int Correct { get; init; }

    /// <summary>Dollars spent: every billed attempt of the architecture's and the judge's calls.</summary>
    [JsonPropertyName("costUsd")]
    public decimal CostUsd { get; init; }

    /// <summary>What the cache hits of the architecture's calls would have cost (shown apart from <see cref="CostUsd"/>).</summary>
    [JsonPropertyName("savedUsd")]
    public decimal SavedUsd { get; init; }

    [JsonPropertyName("latencyP50Ms")]
    public double LatencyP50Ms { get; init; }

    [JsonPropertyName("latencyP95Ms")]
    public double LatencyP95Ms { get; init; }

    /// <summary>Mean architecture calls per item.</summary>
    [JsonPropertyName("callsPerItem")]
    public double CallsPerItem { get; init; }

    /// <summary>Mean judge calls per item.</summary>
    [JsonPropertyName("judgeCallsPerItem")]
    public double JudgeCallsPerItem { get; init; }

    [JsonPropertyName("inputTokens")]
    public long InputTokens { get; init; }

    [JsonPropertyName("outputTokens")]
    public long OutputTokens { get; init; }

    [JsonPropertyName("simulated")]
    public bool Simulated { get; init; }

    /// <summary>AlpacaEval: the length-controlled win rate beside the raw one (<see cref="Score"/>); null for other kinds.</summary>
    [JsonPropertyName("lengthControlled")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LengthControlledSummary? LengthControlled { get; init; }

    /// <summary>
    /// Code kinds: the sandbox mode the code ran in — <c>namespaces</c>, or <c>limits-only</c> when any item ran in the
    /// weaker mode (then <see cref="SandboxNote"/> says what was not isolated); null for other kinds.
    /// </summary>
    [JsonPropertyName("sandbox")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sandbox { get; init; }

    /// <summary>What the weaker sandbox mode left open; null when the code was isolated or no code ran.</summary>
    [JsonPropertyName("sandboxNote")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SandboxNote { get; init; }

    [JsonPropertyName("categories")]
    public IReadOnlyDictionary<string, CategorySummary> Categories { get; init; } = new SortedDictionary<string, CategorySummary>();

    [JsonPropertyName("subcategories")]
    public IReadOnlyDictionary<string, CategorySummary> Subcategories { get; init; } = new SortedDictionary<string, CategorySummary>();

    /// <summary>Computes the summary of <paramref name="results"/> with a seeded bootstrap.</summary>
    public static BenchmarkSummary Compute(IEnumerable<ItemResult> results, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        var values = ScoredValues(list);
        var latencies = list.Where(r => r.Error is null).Select(r => r.LatencyMs).Order().ToList();
        var ci = Bootstrap.MeanCi95(values, seed);
        var sandbox = SandboxOf(list);
        return new BenchmarkSummary
        {
            Score = values.Count == 0 ? 0 : values.Average(),
            Ci95 = [ci.Low, ci.High],
            Items = list.Count,
            Errors = list.Count(r => r.Error is not null),
            Unscored = list.Count(r => r.Error is null && r.Score is null),
            Correct = list.Count(r => r.Correct == true),
            CostUsd = list.Sum(r => r.CostUsd),
            SavedUsd = list.Sum(r => r.SavedUsd),
            LatencyP50Ms = Bootstrap.Percentile(latencies, 0.5),
            LatencyP95Ms = Bootstrap.Percentile(latencies, 0.95),
            CallsPerItem = list.Count == 0 ? 0 : list.Average(r => (double)r.Calls),
            JudgeCallsPerItem = list.Count == 0 ? 0 : list.Average(r => (double)r.JudgeCalls),
            InputTokens = list.Sum(r => r.InputTokens),
            OutputTokens = list.Sum(r => r.OutputTokens),
            Simulated = list.Any(r => r.Simulated),
            LengthControlled = LengthControlledWinRate.Compute(list, seed),
            Sandbox = sandbox,
            SandboxNote = sandbox == SandboxModes.LimitsOnly ? SandboxModes.LimitsOnlyNote : null,
            Categories = Breakdown(list, r => r.Category),
            Subcategories = Breakdown(list, r => r.Subcategory),
        };
    }

    /// <summary>The per-item values the score averages: errors as 0, unscored items left out.</summary>
    public static IReadOnlyList<double> ScoredValues(IEnumerable<ItemResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Where(r => r.Error is not null || r.Score is not null).Select(ValueOf).ToList();
    }

    /// <summary>An item's value in the score: its score, or 0 when it errored.</summary>
    public static double ValueOf(ItemResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Error is not null ? 0 : result.Score ?? 0;
    }

    private static string? SandboxOf(List<ItemResult> list)
    {
        var modes = list.Select(r => r.Sandbox).Where(m => m is not null).Distinct(StringComparer.Ordinal).ToList();
        return modes.Count == 0 ? null : modes.Contains(SandboxModes.LimitsOnly) ? SandboxModes.LimitsOnly : modes[0];
    }

    private static SortedDictionary<string, CategorySummary> Breakdown(List<ItemResult> list, Func<ItemResult, string?> key)
    {
        var map = new SortedDictionary<string, CategorySummary>(StringComparer.Ordinal);
        foreach (var group in list.Where(r => key(r) is not null).GroupBy(r => key(r)!, StringComparer.Ordinal))
        {
            var values = ScoredValues(group);
            map[group.Key] = new CategorySummary(group.Count(), group.Count(r => r.Error is not null), values.Count == 0 ? 0 : values.Average());
        }

        return map;
    }
}
