namespace Archon.Core.Estimation;

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

    /// <summary>
    /// One line for consoles, e.g. <c>4 layers, 4 components, 13 model calls per query, ~9,750 input + ~6,450 output
    /// tokens, ~$0.0123 per query (estimate)</c>.
    /// </summary>
    public string ToSummary()
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var cost = UnpricedModels.Count == 0
            ? string.Format(culture, "~${0:0.####} per query", EstimatedCostUsd)
            : string.Format(culture, "~${0:0.####} per query without prices for {1}", EstimatedCostUsd, string.Join(", ", UnpricedModels));
        return string.Format(
            culture,
            "{0} layers, {1} components, {2} model calls per query, ~{3:N0} input + ~{4:N0} output tokens, {5} (estimate)",
            Layers,
            Components,
            CallsPerQuery,
            EstimatedInputTokens,
            EstimatedOutputTokens,
            cost);
    }
}
