using Archon.Core.Models;

namespace Archon.Search.Spaces;

/// <summary>
/// Enumerates every distinct point of a space (axes that do not matter for a point are not varied), estimates
/// each, and removes those that break a constraint.
/// </summary>
public static class SpaceEnumerator
{
    public const string RuleMaxCalls = "maxCallsPerQuery";
    public const string RuleMaxUsd = "maxUsdPerQuery";
    public const string RuleFuserContext = "fuserContextLimit";

    /// <summary>Enumerates <paramref name="space"/>; <paramref name="pricing"/> gives catalog prices (null: free).</summary>
    public static SpaceEnumeration Enumerate(SearchSpace space, Func<string, ModelPricing?>? pricing = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        pricing ??= _ => null;
        var feasible = new List<FeasiblePoint>();
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var infeasible = 0;
        var choice = new int[space.Axes.Count];

        void Visit(int axis)
        {
            if (axis == choice.Length)
            {
                var point = space.PointOf(choice);
                var architecture = ArchitectureBuilder.Build(space, point);
                var estimate = ArchitectureCostEstimator.Estimate(architecture, pricing);
                var broken = Broken(space.Constraints, estimate).ToList();
                if (broken.Count == 0)
                {
                    feasible.Add(new FeasiblePoint(feasible.Count, point, architecture, estimate));
                }
                else
                {
                    infeasible++;
                    foreach (var rule in broken)
                    {
                        byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
                    }
                }

                return;
            }

            var count = Relevant(space, choice, axis) ? space.Axes[axis].Count : 1;
            for (var i = 0; i < count; i++)
            {
                choice[axis] = i;
                Visit(axis + 1);
            }

            choice[axis] = 0;
        }

        Visit(0);
        return new SpaceEnumeration(space, feasible, infeasible, byRule);
    }

    /// <summary>True when the value of <paramref name="axis"/> matters given the earlier axes of <paramref name="choice"/>.</summary>
    public static bool Relevant(SearchSpace space, IReadOnlyList<int> choice, int axis)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(choice);
        bool On(int a) => (bool)space.Axes[a].Values[choice[a]];
        return axis switch
        {
            4 => (int)space.Axes[3].Values[choice[3]] > 1,
            8 or 9 => On(7),
            11 => On(10),
            13 or 14 => On(12),
            _ => true,
        };
    }

    private static IEnumerable<string> Broken(SpaceConstraints c, ArchitectureCostEstimate e)
    {
        if (c.MaxCallsPerQuery is { } calls && e.CallsPerQuery > calls)
        {
            yield return RuleMaxCalls;
        }

        if (c.MaxUsdPerQuery is { } usd && e.UsdPerQuery > usd)
        {
            yield return RuleMaxUsd;
        }

        if (c.FuserContextLimit is { } limit && e.MaxFuserInputs > limit)
        {
            yield return RuleFuserContext;
        }
    }
}
