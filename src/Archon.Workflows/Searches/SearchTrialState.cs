namespace Archon.Workflows.Searches;

/// <summary>
/// One trial of a search as the search orchestration tracks it: which architecture (and, for a space search, which
/// point on how many items), its benchmark run (<c>{searchId}-t{index}</c>), and once finished its score (0–1), interval,
/// cost and calls, or the error. <see cref="Status"/> is one of <see cref="SearchTrialStatus"/>.
/// </summary>
internal sealed record SearchTrialState(
    int Index,
    string Architecture,
    string RunId,
    string Status,
    int? PointIndex = null,
    string? Key = null,
    int? Items = null,
    double? Score = null,
    IReadOnlyList<double>? Ci95 = null,
    decimal? CostUsd = null,
    int? Calls = null,
    string? Error = null,
    bool Simulated = false,
    double? LatencyP95Ms = null,
    int? JudgeCalls = null)
{
    public bool IsFinished => Status is SearchTrialStatus.Completed or SearchTrialStatus.Failed;
}
