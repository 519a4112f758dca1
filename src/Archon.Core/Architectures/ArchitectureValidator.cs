namespace Archon.Core.Architectures;

/// <summary>
/// Checks a loaded architecture and reports every problem at once: the paper's four composition rules (one component
/// type per layer; generators first and only first; a critic before the ranker or fuser that uses its critiques;
/// unit-test generator immediately before unit-test evaluator), unknown component types, missing or out-of-range
/// fields, and models missing from the catalog.
/// </summary>
public static class ArchitectureValidator
{
    /// <summary>Validates <paramref name="architecture"/>; an empty list means it can run.</summary>
    public static IReadOnlyList<ArchitectureDiagnostic> Validate(
        ArchitectureConfig architecture,
        ArchitectureValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        context ??= ArchitectureValidationContext.Default;
        var diagnostics = new List<ArchitectureDiagnostic>();

        if (string.IsNullOrWhiteSpace(architecture.Name))
        {
            diagnostics.Add(ArchitectureDiagnostic.Error(
                ArchitecturePaths.Key(ArchitecturePaths.Root, ConfigKeys.Name),
                "The architecture needs a name: add a non-empty \"name\" string."));
        }

        if (architecture.Layers.Count == 0)
        {
            diagnostics.Add(ArchitectureDiagnostic.Error(
                ArchitecturePaths.Key(ArchitecturePaths.Root, ConfigKeys.Layers),
                "The architecture has no layers: \"layers\" needs at least one layer, starting with generators."));
            return diagnostics;
        }

        var fields = new ComponentFieldRules(context, diagnostics);
        for (var i = 0; i < architecture.Layers.Count; i++)
        {
            var layer = architecture.Layers[i];
            if (layer.Components.Count == 0)
            {
                diagnostics.Add(ArchitectureDiagnostic.Error(
                    ArchitecturePaths.Layer(i),
                    $"Layer {i} is empty: every layer needs at least one component."));
            }

            for (var j = 0; j < layer.Components.Count; j++)
            {
                fields.Check(layer.Components[j], ArchitecturePaths.Component(i, j, layer.LegacyForm));
            }
        }

        new LayerOrderRules(architecture.Layers, diagnostics).Check();
        return diagnostics;
    }
}
