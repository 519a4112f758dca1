using Archon.Benchmarks.Results;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// <c>runs/{id}/items/{itemId}.json</c>: one evaluated item, written once. <see cref="Score"/> is null when the item
/// errored (it then counts as 0) or its answer could not be scored (left out of the mean).
/// </summary>
internal sealed record BenchmarkItemResult(
    string ItemId, double? Score, string Answer, string? Expected, string? Error,
    int Calls, long InputTokens, long OutputTokens, decimal CostUsd, double LatencyMs, DateTimeOffset CompletedAt,
    bool? Correct = null, string? Detail = null, int JudgeCalls = 0, string? Category = null, string? Subcategory = null,
    bool Simulated = false)
{
    /// <summary>The benchmark library's view of this result, for <see cref="BenchmarkSummary.Compute"/>.</summary>
    public ItemResult ToItemResult() => new()
    {
        ItemId = ItemId, Score = Score, Correct = Correct, Answer = Answer, Error = Error, Detail = Detail, CostUsd = CostUsd,
        LatencyMs = LatencyMs, Calls = Calls, JudgeCalls = JudgeCalls, InputTokens = InputTokens, OutputTokens = OutputTokens,
        Category = Category, Subcategory = Subcategory, Simulated = Simulated,
    };
}
