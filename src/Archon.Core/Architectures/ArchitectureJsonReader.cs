using System.Text.Json;

using Archon.Core.Text;

namespace Archon.Core.Architectures;

/// <summary>Reads a parsed config document (top level and layers) and collects diagnostics.</summary>
internal sealed class ArchitectureJsonReader
{
    private readonly ConfigValueReader _values;
    private readonly ComponentJsonReader _components;

    public ArchitectureJsonReader(List<ArchitectureDiagnostic> diagnostics)
    {
        _values = new ConfigValueReader(diagnostics);
        _components = new ComponentJsonReader(_values);
    }

    /// <summary>The architecture, or null when the root is not an object.</summary>
    public ArchitectureConfig? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            _values.Diagnostics.Add(ArchitectureDiagnostic.Error(
                ArchitecturePaths.Root,
                $"The config must be a JSON object with \"name\" and \"layers\", not {ConfigValueReader.Describe(root)}."));
            return null;
        }

        var name = string.Empty;
        string? description = null;
        IReadOnlyList<LayerConfig> layers = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var path = ArchitecturePaths.Key(ArchitecturePaths.Root, property.Name);
            _values.CheckDuplicate(seen, property.Name, path);
            switch (property.Name)
            {
                case ConfigKeys.Name when _values.Check(property.Value, ConfigValueKind.String, property.Name, path):
                    name = property.Value.GetString()!;
                    break;
                case ConfigKeys.Description when property.Value.ValueKind == JsonValueKind.Null:
                    break;
                case ConfigKeys.Description when _values.Check(property.Value, ConfigValueKind.String, property.Name, path):
                    description = property.Value.GetString();
                    break;
                case ConfigKeys.Layers:
                    layers = ReadLayers(property.Value, path);
                    break;
                case ConfigKeys.Custom:
                    // The original's switch for custom components; here custom types come from the component registry.
                    _values.Check(property.Value, ConfigValueKind.Boolean, property.Name, path);
                    break;
                case ConfigKeys.Name or ConfigKeys.Description:
                    break;
                default:
                    _values.Diagnostics.Add(ArchitectureDiagnostic.Warning(
                        path,
                        NameSuggestions.WithSuggestion(
                            $"'{ClippedText.Clip(property.Name)}' is not a known top-level key and is ignored",
                            property.Name,
                            ConfigKeys.TopLevel)));
                    break;
            }
        }

        return new ArchitectureConfig(name, layers) { Description = description };
    }

    private List<LayerConfig> ReadLayers(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            _values.Diagnostics.Add(ArchitectureDiagnostic.Error(
                path,
                $"'layers' must be a list of layers, not {ConfigValueReader.Describe(value)}."));
            return [];
        }

        var layers = new List<LayerConfig>();
        var index = 0;
        foreach (var layer in value.EnumerateArray())
        {
            layers.Add(ReadLayer(layer, index++));
        }

        return layers;
    }

    private LayerConfig ReadLayer(JsonElement value, int index)
    {
        var path = ArchitecturePaths.Layer(index);
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                return new LayerConfig(ReadComponents(value, path));
            case JsonValueKind.Object:
                return ReadLegacyLayer(value, path);
            default:
                _values.Diagnostics.Add(ArchitectureDiagnostic.Error(
                    path,
                    $"Each layer must be a list of components (or the legacy form {{\"models\": [ … ]}}), not {ConfigValueReader.Describe(value)}."));
                return new LayerConfig([]);
        }
    }

    private LayerConfig ReadLegacyLayer(JsonElement value, string path)
    {
        List<ComponentConfig>? components = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var keyPath = ArchitecturePaths.Key(path, property.Name);
            _values.CheckDuplicate(seen, property.Name, keyPath);
            switch (property.Name)
            {
                case ConfigKeys.Models when property.Value.ValueKind == JsonValueKind.Array:
                    components = ReadComponents(property.Value, keyPath);
                    break;
                case ConfigKeys.Models:
                    _values.Diagnostics.Add(ArchitectureDiagnostic.Error(
                        keyPath,
                        $"'models' must be a list of components, not {ConfigValueReader.Describe(property.Value)}."));
                    components = [];
                    break;
                case ConfigKeys.Branches:
                    // Accepted for compatibility; the original reads but never uses it.
                    _values.Check(property.Value, ConfigValueKind.Integer, property.Name, keyPath);
                    break;
                default:
                    _values.Diagnostics.Add(ArchitectureDiagnostic.Warning(
                        keyPath,
                        NameSuggestions.WithSuggestion(
                            $"'{ClippedText.Clip(property.Name)}' is not a known key of a layer object and is ignored",
                            property.Name,
                            ConfigKeys.LegacyLayer)));
                    break;
            }
        }

        if (components is null)
        {
            _values.Diagnostics.Add(ArchitectureDiagnostic.Error(
                path,
                "A layer written as an object needs a \"models\" list of components."));
        }

        return new LayerConfig(components ?? []) { LegacyForm = true };
    }

    private List<ComponentConfig> ReadComponents(JsonElement array, string path)
    {
        var components = new List<ComponentConfig>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            components.Add(_components.Read(element, ArchitecturePaths.Index(path, index++)));
        }

        return components;
    }
}
