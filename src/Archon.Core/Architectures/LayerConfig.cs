namespace Archon.Core.Architectures;

/// <summary>One layer: components of a single type that run concurrently on the previous layer's candidates.</summary>
public sealed record LayerConfig(IReadOnlyList<ComponentConfig> Components)
{
    /// <summary>The layer's component type (all components of a valid layer share it).</summary>
    public string Type => Components.Count > 0 ? Components[0].Type : string.Empty;

    /// <summary>
    /// True when the layer was written in the legacy form <c>{"models": [ … ]}</c>; diagnostics then point at
    /// <c>$.layers[i].models[j]</c>.
    /// </summary>
    public bool LegacyForm { get; init; }
}
