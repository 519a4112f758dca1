namespace Archon.Search.Spaces;

/// <summary>Limits a feasible architecture must respect. Null means no limit.</summary>
/// <param name="MaxCallsPerQuery">Most model calls one query may make.</param>
/// <param name="MaxUsdPerQuery">Most estimated US dollars one query may cost (catalog prices).</param>
/// <param name="FuserContextLimit">Most candidates one fuser may receive.</param>
/// <param name="MinFusionLayers">
/// Fewest fusion layers (the final fuser counts as one). The paper's count removes the architectures whose only
/// fusion layer is the final fuser: <c>2</c>.
/// </param>
public sealed record SpaceConstraints(int? MaxCallsPerQuery, decimal? MaxUsdPerQuery, int? FuserContextLimit, int? MinFusionLayers = null)
{
    public static SpaceConstraints None { get; } = new(null, null, null);
}
