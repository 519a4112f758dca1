namespace Archon.Search.Spaces;

/// <summary>What one query through an architecture is expected to cost, before running it.</summary>
/// <param name="CallsPerQuery">Model calls (an upper bound where components may drop candidates).</param>
/// <param name="UsdPerQuery">Estimated dollars at catalog prices.</param>
/// <param name="MaxFuserInputs">The most candidates any fuser receives.</param>
public sealed record ArchitectureCostEstimate(int CallsPerQuery, decimal UsdPerQuery, int MaxFuserInputs);
