using Archon.Core.Architectures;

namespace Archon.Perf;

/// <summary>The architectures the engine scenarios run, built in code so the figures do not depend on example files.</summary>
internal static class EngineArchitectures
{
    /// <summary>10 generator samples → ranker (top 5) → critic → fuser: 13 calls, 4 dependent steps.</summary>
    public static ArchitectureConfig Ensemble(string model = "sim-medium") => new(
        "engine-ensemble",
        [
            new LayerConfig([new ComponentConfig { Type = ComponentTypes.Generator, Model = model, Samples = 10 }]),
            new LayerConfig([new ComponentConfig { Type = ComponentTypes.Ranker, Model = model, TopK = 5 }]),
            new LayerConfig([new ComponentConfig { Type = ComponentTypes.Critic, Model = model }]),
            new LayerConfig([new ComponentConfig { Type = ComponentTypes.Fuser, Model = model }]),
        ]);

    /// <summary>3 generator samples → fuser: 4 calls per query.</summary>
    public static ArchitectureConfig SamplesAndFuser(string model = "sim-small") => new(
        "engine-samples-fuser",
        [
            new LayerConfig([new ComponentConfig { Type = ComponentTypes.Generator, Model = model, Samples = 3 }]),
            new LayerConfig([new ComponentConfig { Type = ComponentTypes.Fuser, Model = model }]),
        ]);
}
