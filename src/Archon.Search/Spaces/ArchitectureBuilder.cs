using System.Text.Json;
using Archon.Core.Architectures;

namespace Archon.Search.Spaces;

/// <summary>
/// Turns a <see cref="SearchPoint"/> into an <see cref="ArchitectureConfig"/> following the paper's rules:
/// generators first; unit-test generator then evaluator right after generation; before each fusion layer an
/// optional critic then ranker; a verifier right before the final fuser; each fusion layer but the last has its
/// <see cref="SearchPoint.FusersByLayer"/> count of fusers, the last exactly one.
/// </summary>
public static class ArchitectureBuilder
{
    // Settings values are the same for every point: made once rather than serialized for each architecture built.
    private static readonly JsonElement True = JsonSerializer.SerializeToElement(true);
    private static readonly JsonElement[] TestCaps = Enumerable.Range(0, 51).Select(n => JsonSerializer.SerializeToElement(n)).ToArray();

    /// <summary>Builds the architecture for <paramref name="point"/>.</summary>
    public static ArchitectureConfig Build(SearchSpace space, SearchPoint point)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(point);
        var layers = new List<LayerConfig>
        {
            new(point.GeneratorModels
                .Select(m => Component(space, ComponentTypes.Generator, m, point.GeneratorTemperature) with { Samples = point.Samples })
                .ToArray()),
        };

        if (point.UnitTests)
        {
            layers.Add(Single(Component(space, ComponentTypes.UnitTestGenerator, point.UnitTestModel, 0.7) with
            {
                Settings = new Dictionary<string, JsonElement> { ["unit_test_cap"] = point.UnitTestCount < TestCaps.Length ? TestCaps[point.UnitTestCount] : JsonSerializer.SerializeToElement(point.UnitTestCount) },
            }));
            layers.Add(Single(Component(space, ComponentTypes.UnitTestEvaluator, point.UnitTestModel, 0.0)));
        }

        for (var layer = 1; layer <= point.FusionLayers; layer++)
        {
            var last = layer == point.FusionLayers;
            if (point.CriticRanker)
            {
                layers.Add(Single(Component(space, ComponentTypes.Critic, point.CriticModel, 0.7)));
                layers.Add(Single(Component(space, ComponentTypes.Ranker, point.RankerModel, 0.0) with { TopK = space.RankerTopK }));
            }

            if (last && point.Verifier)
            {
                layers.Add(Single(Component(space, ComponentTypes.Verifier, point.VerifierModel, 0.0)));
            }

            var fusers = last ? 1 : point.FusersByLayer.Count >= layer ? point.FusersByLayer[layer - 1] : point.FusersPerLayer;
            var fuser = Component(space, ComponentTypes.Fuser, point.FuserModel, point.FuserTemperature);
            if (point.CriticRanker)
            {
                fuser = fuser with { Settings = new Dictionary<string, JsonElement> { ["use_critiques"] = True } };
            }

            layers.Add(new LayerConfig(Enumerable.Repeat(fuser, fusers).ToArray()));
        }

        return new ArchitectureConfig("search-" + point.Key, layers);
    }

    private static LayerConfig Single(ComponentConfig component) => new([component]);

    private static ComponentConfig Component(SearchSpace space, string type, string model, double temperature) => new()
    {
        Type = type,
        Model = model,
        Temperature = temperature,
        MaxTokens = space.MaxTokens,
    };
}
