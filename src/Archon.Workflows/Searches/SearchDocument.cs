using System.Text.Json;
using System.Text.Json.Serialization;
using Archon.Search.Driver;
using Archon.Workflows.Benchmarks;

namespace Archon.Workflows.Searches;

/// <summary>
/// <c>searches/{id}/state.json</c>: a search as <c>GET /api/searches/{id}</c> shows it, written by the search
/// orchestration (its only writer) whenever trials start or finish. <see cref="Best"/> indexes <see cref="Trials"/>.
/// </summary>
internal sealed record SearchDocument(
    string Id,
    string Status,
    string Dataset,
    string? Judge,
    int Parallel,
    int SearchItems,
    [property: JsonConverter(typeof(SearchTrialsJson))] IReadOnlyList<TrialRecord> Trials,
    int? Best,
    JsonElement? BestConfig,
    SearchSpaceInfo? Space,
    string? Strategy,
    int? Seed,
    int? MaxTrials,
    long? BudgetCalls,
    decimal? BudgetUsd,
    double CostWeight,
    string? StopReason,
    string? Error,
    DateTime UpdatedAt)
{
    /// <summary>The best trial's architecture evaluated on the held-out items, when the search held items out.</summary>
    public BenchmarkSummaryDocument? HeldOut { get; init; }

    /// <summary>Whether the strategy mixed <see cref="Seed"/> (<see cref="SpaceSearchPlan.SeedMixed"/>).</summary>
    public bool SeedMixed { get; init; }
}
