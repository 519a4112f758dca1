using System.Text.Json.Serialization;

namespace Archon.Search.Spaces;

/// <summary>How large a space is: what <c>archon search space</c> prints and <see cref="SpaceCheck"/> returns.</summary>
public sealed record SpaceCounts
{
    [JsonPropertyName("space")] public required string Space { get; init; }

    /// <summary>Every combination of the listed values, as the paper counts them (<see cref="SpaceSize.Configurations"/>).</summary>
    [JsonPropertyName("configurations")] public long Configurations { get; init; }

    /// <summary>Distinct architectures (<see cref="SpaceSize.Distinct"/>).</summary>
    [JsonPropertyName("distinct")] public long Distinct { get; init; }

    /// <summary>Distinct architectures that meet every constraint; estimated when <see cref="FeasibleExact"/> is false.</summary>
    [JsonPropertyName("feasible")] public long Feasible { get; init; }

    /// <summary>True when every architecture was checked; false for a sampled space, whose counts are scaled from a seeded sample.</summary>
    [JsonPropertyName("feasibleExact")] public bool FeasibleExact { get; init; }

    /// <summary>Architectures each constraint removes (one may break several, so these can add up to more than distinct − feasible).</summary>
    [JsonPropertyName("removedByRule")] public IReadOnlyDictionary<string, long> RemovedByRule { get; init; } = new Dictionary<string, long>();

    /// <summary>Counts an enumerated (or sampled) space.</summary>
    public static SpaceCounts Of(SpaceEnumeration enumeration)
    {
        ArgumentNullException.ThrowIfNull(enumeration);
        var space = enumeration.Space;
        var distinct = (long)SpaceSize.Distinct(space);
        var configurations = SpaceSize.Configurations(space);
        var counts = new SpaceCounts
        {
            Space = space.Name,
            Configurations = configurations <= long.MaxValue ? (long)configurations : long.MaxValue,
            Distinct = distinct,
        };
        if (enumeration.FeasibilitySample is not { } sample)
        {
            return counts with
            {
                Feasible = enumeration.Feasible.Count,
                FeasibleExact = true,
                RemovedByRule = enumeration.InfeasibleByRule.ToDictionary(kv => kv.Key, kv => (long)kv.Value, StringComparer.Ordinal),
            };
        }

        long Scale(int n) => (long)Math.Round((double)distinct * n / sample.Drawn);
        return counts with
        {
            Feasible = Scale(sample.Feasible),
            FeasibleExact = false,
            RemovedByRule = sample.InfeasibleByRule.ToDictionary(kv => kv.Key, kv => Scale(kv.Value), StringComparer.Ordinal),
        };
    }
}
