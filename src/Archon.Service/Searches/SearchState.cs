using System.Text.Json;
using Archon.Search.Driver;

namespace Archon.Service.Searches;

/// <summary>
/// <c>searches/{id}/state.json</c>, replaced only under its ETag by the search steps. A candidate search lists its
/// trials up front; a space search (<see cref="Plan"/> set) appends them as its strategy proposes them and records
/// every ask and tell in <see cref="Events"/>, from which each step rebuilds the strategy.
/// </summary>
internal sealed record SearchState(
    string Id, string Status, string Dataset, JsonElement Items, int Parallel, IReadOnlyList<SearchTrial> Trials, int? Best, string? Error,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    SpaceSearchPlan? Plan = null, IReadOnlyList<StrategyEvent>? Events = null, string? StopReason = null);
