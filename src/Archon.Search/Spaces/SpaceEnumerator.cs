using Archon.Core.Models;

namespace Archon.Search.Spaces;

/// <summary>
/// Enumerates every distinct point of a space (axes that do not matter for a point are not varied), estimates
/// each, and removes those that break a constraint. A space with more than
/// <see cref="SpaceLimits.MaxEnumeratedPoints"/> distinct points is not listed: it is returned sampled
/// (<see cref="SpaceEnumeration.IsSampled"/>), its points built when a strategy draws them.
/// </summary>
public static class SpaceEnumerator
{
    public const string RuleMaxCalls = "maxCallsPerQuery";
    public const string RuleMaxUsd = "maxUsdPerQuery";
    public const string RuleFuserContext = "fuserContextLimit";
    public const string RuleMinFusionLayers = "minFusionLayers";

    /// <summary>Enumerates <paramref name="space"/>; <paramref name="pricing"/> gives catalog prices (null: free).</summary>
    public static SpaceEnumeration Enumerate(SearchSpace space, Func<string, ModelPricing?>? pricing = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        pricing ??= _ => null;
        if (SpaceSize.Distinct(space) > SpaceLimits.MaxEnumeratedPoints)
        {
            return SampledSpace.Create(space, pricing);
        }

        var feasible = new List<FeasiblePoint>();
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var infeasible = 0;
        var choice = new int[space.Axes.Count];

        void Visit(int axis)
        {
            if (axis == choice.Length)
            {
                var (point, broken) = PointFeasibility.Evaluate(space, space.PointOf(choice), feasible.Count, pricing);
                if (broken.Count == 0)
                {
                    feasible.Add(point);
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
        return space.IsRelevant(choice, axis);
    }
}
