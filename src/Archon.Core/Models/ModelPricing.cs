namespace Archon.Core.Models;

/// <summary>Model prices in US dollars per one million tokens.</summary>
public sealed record ModelPricing(decimal InputPerMillion, decimal OutputPerMillion)
{
    public static ModelPricing Free { get; } = new(0m, 0m);

    /// <summary>The cost of a call with the given token counts.</summary>
    public decimal Cost(long inputTokens, long outputTokens) =>
        ((inputTokens * InputPerMillion) + (outputTokens * OutputPerMillion)) / 1_000_000m;
}
