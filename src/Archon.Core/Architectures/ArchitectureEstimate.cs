namespace Archon.Core.Architectures;

/// <summary>
/// Worst-case calls and estimated tokens and dollars for one query through an architecture
/// (see <see cref="ArchitectureEstimator"/> for the assumptions behind the numbers).
/// </summary>
public sealed record ArchitectureEstimate
{
    /// <summary>Number of layers.</summary>
    public required int Layers { get; init; }

    /// <summary>Number of components over all layers.</summary>
    public required int Components { get; init; }

    /// <summary>Model calls per query in the worst case (no early stop, every candidate kept).</summary>
    public required int CallsPerQuery { get; init; }

    /// <summary>Estimated prompt tokens per query.</summary>
    public required long EstimatedInputTokens { get; init; }

    /// <summary>Estimated output tokens per query.</summary>
    public required long EstimatedOutputTokens { get; init; }

    /// <summary>Estimated dollars per query; models without a price contribute nothing (see <see cref="UnpricedModels"/>).</summary>
    public required decimal EstimatedCostUsd { get; init; }

    /// <summary>Models the pricing lookup had no price for.</summary>
    public IReadOnlyList<string> UnpricedModels { get; init; } = [];

    /// <summary>The same figures layer by layer, plus the candidates flowing in and out of each layer.</summary>
    public IReadOnlyList<LayerEstimate> PerLayer { get; init; } = [];
}
