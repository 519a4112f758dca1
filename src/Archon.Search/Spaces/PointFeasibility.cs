using Archon.Core.Models;

namespace Archon.Search.Spaces;

/// <summary>Builds one point's architecture, estimates it, and lists the constraints it breaks.</summary>
internal static class PointFeasibility
{
    /// <summary>The point's architecture and estimate, and the names of the constraints it breaks (empty: feasible).</summary>
    public static (FeasiblePoint Point, IReadOnlyList<string> Broken) Evaluate(SearchSpace space, SearchPoint point, int index, Func<string, ModelPricing?> pricing)
    {
        var architecture = ArchitectureBuilder.Build(space, point);
        var estimate = ArchitectureCostEstimator.Estimate(architecture, pricing);
        return (new FeasiblePoint(index, point, architecture, estimate), Broken(space.Constraints, estimate, point));
    }

    private static List<string> Broken(SpaceConstraints c, ArchitectureCostEstimate e, SearchPoint point)
    {
        var broken = new List<string>();
        if (c.MaxCallsPerQuery is { } calls && e.CallsPerQuery > calls)
        {
            broken.Add(SpaceEnumerator.RuleMaxCalls);
        }

        if (c.MaxUsdPerQuery is { } usd && e.UsdPerQuery > usd)
        {
            broken.Add(SpaceEnumerator.RuleMaxUsd);
        }

        if (c.FuserContextLimit is { } limit && e.MaxFuserInputs > limit)
        {
            broken.Add(SpaceEnumerator.RuleFuserContext);
        }

        if (c.MinFusionLayers is { } min && point.FusionLayers < min)
        {
            broken.Add(SpaceEnumerator.RuleMinFusionLayers);
        }

        return broken;
    }
}
