namespace Archon.Service.Benchmarks;

/// <summary>
/// <c>runs/{id}/items/{itemId}.json</c>: one evaluated item, written once. <see cref="Score"/> is null when the item
/// errored (it then counts as 0) or its answer could not be scored (left out of the mean).
/// </summary>
internal sealed record BenchmarkItemResult(
    string ItemId, double? Score, string Answer, string? Expected, string? Error,
    int Calls, long InputTokens, long OutputTokens, decimal CostUsd, double LatencyMs, DateTimeOffset CompletedAt,
    bool? Correct = null, string? Detail = null, int JudgeCalls = 0, string? Category = null, string? Subcategory = null,
    bool Simulated = false);
