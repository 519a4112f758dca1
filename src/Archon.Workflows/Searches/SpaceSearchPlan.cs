using System.Text.Json;

namespace Archon.Workflows.Searches;

/// <summary>
/// What a space search explores and when it stops: the request's space (re-enumerated where a proposal is made and
/// checked against <see cref="Fingerprint"/>), the strategy and its seed, and the limits. <see cref="SeedMixed"/> is true
/// for every plan made now; a plan recorded before seeds were mixed reads as false and keeps its seed as it is.
/// </summary>
internal sealed record SpaceSearchPlan(
    JsonElement Space, string SpaceName, string Fingerprint, int FeasiblePoints, int InfeasiblePoints, IReadOnlyDictionary<string, int> InfeasibleByRule,
    string Strategy, int Seed, int InitialPoints, int MaxTrials, long? BudgetCalls, decimal? BudgetUsd, bool SeedMixed = false);
