using System.Text.Json;

namespace Archon.Service.Searches;

/// <summary>
/// One trial of a search: an architecture and the benchmark run that scores it. <see cref="Status"/> is one of
/// <see cref="TrialStatuses"/>; <see cref="StartedAt"/> is when a step claimed the trial's start. Space searches also
/// record the point (<see cref="PointIndex"/>, <see cref="Key"/>) and the item prefix (<see cref="Items"/>) evaluated.
/// </summary>
internal sealed record SearchTrial(
    int Index, string Architecture, JsonElement Config, string? RunId, string Status, double? Score, IReadOnlyList<double>? Ci95, decimal? CostUsd, string? Error,
    int? PointIndex = null, string? Key = null, int? Items = null, int? Calls = null, DateTimeOffset? StartedAt = null)
{
    public bool IsFinished => Status is TrialStatuses.Completed or TrialStatuses.Failed;
}
