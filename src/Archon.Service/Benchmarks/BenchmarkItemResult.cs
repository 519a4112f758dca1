namespace Archon.Service.Benchmarks;

/// <summary><c>runs/{id}/items/{itemId}.json</c>: one evaluated item, written once.</summary>
internal sealed record BenchmarkItemResult(
    string ItemId, double Score, string Answer, string? Expected, string? Error,
    int Calls, long InputTokens, long OutputTokens, decimal CostUsd, double LatencyMs, DateTimeOffset CompletedAt);
