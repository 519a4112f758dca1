namespace Archon.Core.Architectures;

/// <summary>
/// An inference-time architecture: layers of components. Loads from the original Archon JSON format.
/// </summary>
/// <param name="Name">The architecture's name (the <c>name</c> key).</param>
/// <param name="Layers">Layers in execution order; the first is the generator layer.</param>
public sealed record ArchitectureConfig(string Name, IReadOnlyList<LayerConfig> Layers)
{
    /// <summary>Optional free text describing the architecture (the <c>description</c> key).</summary>
    public string? Description { get; init; }
}
