using System.Text.Json.Serialization;
using Archon.Core.Architectures;

namespace Archon.Benchmarks.Ranking;

/// <summary>
/// The fixed candidate set fusers are ranked on: one generator layer of <see cref="Models"/>, each with
/// <see cref="Samples"/> samples. Every fuser is given the same candidates for an item (they come from the
/// response cache after the first fuser's run).
/// </summary>
public sealed record FuserCandidates
{
    [JsonPropertyName("models")] public required IReadOnlyList<string> Models { get; init; }

    [JsonPropertyName("samples")] public int Samples { get; init; } = 1;

    [JsonPropertyName("temperature")] public double Temperature { get; init; } = 0.7;

    /// <summary>The generator layer that produces the candidates.</summary>
    public LayerConfig Layer() => new(Models.Select(m => new ComponentConfig
    {
        Type = ComponentTypes.Generator,
        Model = m,
        Samples = Samples,
        Temperature = Temperature,
    }).ToArray());
}
