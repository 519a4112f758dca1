using System.Text.Json;

namespace Archon.Service.Searches;

/// <summary><c>searches/{id}/state.json</c>, replaced only under its ETag by the search steps.</summary>
internal sealed record SearchState(
    string Id, string Status, string Dataset, JsonElement Items, int Parallel, IReadOnlyList<SearchTrial> Trials, int? Best, string? Error,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
