using System.Text.Json;
using Archon.Search.Driver;
using Archon.Service.Benchmarks;

namespace Archon.Service.Searches;

/// <summary>
/// <c>searches/{id}/state.json</c>, replaced only under its ETag by the search steps. A candidate search lists its
/// trials up front; a space search (<see cref="Plan"/> set) appends them as its strategy proposes them and records
/// every ask and tell in <see cref="Events"/>, from which each step rebuilds the strategy. <see cref="Judge"/> and
/// <see cref="Baseline"/> score judge-scored kinds; every trial's run gets them.
/// </summary>
internal sealed record SearchState(
    string Id, string Status, string Dataset, JsonElement Items, int Parallel, IReadOnlyList<SearchTrial> Trials, int? Best, string? Error,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    SpaceSearchPlan? Plan = null, IReadOnlyList<StrategyEvent>? Events = null, string? StopReason = null,
    RunJudge? Judge = null, IReadOnlyDictionary<string, string>? Baseline = null);
