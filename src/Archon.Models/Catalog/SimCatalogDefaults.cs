using Archon.Core.Models;

namespace Archon.Models.Catalog;

/// <summary>The default simulated models: more skill costs more and takes longer.</summary>
internal static class SimCatalogDefaults
{
    /// <summary>Skill given to names that are not in the catalog when simulating: 0.50–0.79, fixed per name.</summary>
    public static double SkillForUnknownName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = 2166136261u;
        foreach (var c in name.ToUpperInvariant())
        {
            hash = (hash ^ c) * 16777619u;
        }

        return 0.5 + ((hash % 30) / 100.0);
    }

    public static IReadOnlyList<ModelCatalogEntry> Entries { get; } =
    [
        Sim("sim-small", 0.45, 50, new ModelPricing(0.15m, 0.60m)),
        Sim("sim-medium", 0.62, 100, new ModelPricing(0.50m, 1.50m)),
        Sim("sim-large", 0.78, 200, new ModelPricing(2.50m, 10.00m)),
        Sim("sim-xl", 0.88, 400, new ModelPricing(5.00m, 15.00m)),
    ];

    private static ModelCatalogEntry Sim(string name, double skill, int latencyMs, ModelPricing pricing) => new()
    {
        Name = name,
        Kind = ModelKinds.Sim,
        Skill = skill,
        Latency = TimeSpan.FromMilliseconds(latencyMs),
        Pricing = pricing,
    };
}
