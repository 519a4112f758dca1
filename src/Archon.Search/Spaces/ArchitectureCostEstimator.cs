using Archon.Core.Architectures;
using Archon.Core.Estimation;
using Archon.Core.Models;

namespace Archon.Search.Spaces;

/// <summary>
/// Estimates calls, dollars and fuser inputs per query with the shared <see cref="ArchitectureEstimator"/> (worst
/// case calls; a token heuristic for dollars), adding the most candidates any fuser layer receives.
/// </summary>
public static class ArchitectureCostEstimator
{
    /// <summary>Estimates one query. Models with no known price count as free.</summary>
    public static ArchitectureCostEstimate Estimate(ArchitectureConfig architecture, Func<string, ModelPricing?> pricing)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(pricing);
        var e = ArchitectureEstimator.Estimate(architecture, pricing);
        var maxFuserInputs = e.PerLayer.Where(l => l.Type == ComponentTypes.Fuser).Select(l => l.CandidatesIn).DefaultIfEmpty(0).Max();
        return new ArchitectureCostEstimate(e.CallsPerQuery, e.EstimatedCostUsd, maxFuserInputs);
    }
}
