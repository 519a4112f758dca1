using System.Globalization;
using Archon.Core.Models;

namespace Archon.Search.Spaces;

/// <summary>
/// Makes the <see cref="SpaceEnumeration"/> of a space too large to list: points by index, built on demand, and a
/// feasibility estimate from a seeded sample of <see cref="SpaceLimits.FeasibilitySample"/> architectures.
/// </summary>
internal static class SampledSpace
{
    private const int SampleSeed = 20240923;

    public static SpaceEnumeration Create(SearchSpace space, Func<string, ModelPricing?> pricing)
    {
        var points = new SampledPoints(space, new PointIndexer(space), pricing);
        var sample = Sample(points);
        if (sample.Feasible == 0)
        {
            var rules = string.Join(", ", sample.InfeasibleByRule.Select(kv => $"{kv.Key}: {kv.Value}"));
            throw SearchSpaceException.For("$.constraints", string.Create(CultureInfo.InvariantCulture,
                $"no architecture meets the constraints in a sample of {sample.Drawn:N0} of the space's {points.Count:N0} ({rules}); loosen the constraints or narrow the axes"));
        }

        return new SpaceEnumeration(space, points, 0, new Dictionary<string, int>(StringComparer.Ordinal)) { FeasibilitySample = sample };
    }

    private static FeasibilitySample Sample(SampledPoints points)
    {
        var random = new Random(SampleSeed);
        var drawn = new HashSet<int>();
        var target = Math.Min(SpaceLimits.FeasibilitySample, points.Count);
        var feasible = 0;
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        while (drawn.Count < target)
        {
            var index = random.Next(points.Count);
            if (!drawn.Add(index))
            {
                continue;
            }

            var (_, broken) = points.Evaluate(index);
            feasible += broken.Count == 0 ? 1 : 0;
            foreach (var rule in broken)
            {
                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
            }
        }

        return new FeasibilitySample(drawn.Count, feasible, byRule);
    }
}
