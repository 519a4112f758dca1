using System.Text.Json;

namespace Archon.Service.Searches;

/// <summary>One candidate architecture of a search and the benchmark run that scores it.</summary>
internal sealed record SearchTrial(
    int Index, string Architecture, JsonElement Config, string? RunId, string Status, double? Score, IReadOnlyList<double>? Ci95, decimal? CostUsd, string? Error);
