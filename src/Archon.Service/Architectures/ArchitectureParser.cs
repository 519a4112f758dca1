using System.Text.Json;
using Archon.Core.Architectures;

namespace Archon.Service.Architectures;

/// <summary>
/// Turns an architecture JSON document into an <see cref="ArchitectureConfig"/>, collecting every error with its
/// JSON path. Layers are arrays of component objects (or objects with a <c>components</c> array).
/// </summary>
internal static class ArchitectureParser
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "type", "model", "model_type", "modelType", "temperature", "max_tokens", "maxTokens", "samples", "top_k", "topK",
    };

    public static ArchitectureParseResult Parse(JsonElement json, string fallbackName)
    {
        var errors = new List<string>();
        if (json.ValueKind != JsonValueKind.Object)
        {
            return ArchitectureParseResult.Fail("$: an architecture must be a JSON object with \"layers\"");
        }

        var name = json.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : fallbackName;
        if (!json.TryGetProperty("layers", out var layersJson) || layersJson.ValueKind != JsonValueKind.Array)
        {
            return ArchitectureParseResult.Fail("$.layers: required, an array of layers");
        }

        var layers = new List<LayerConfig>();
        var li = 0;
        foreach (var layer in layersJson.EnumerateArray())
        {
            var componentsJson = layer.ValueKind == JsonValueKind.Object && layer.TryGetProperty("components", out var c) ? c : layer;
            if (componentsJson.ValueKind != JsonValueKind.Array || componentsJson.GetArrayLength() == 0)
            {
                errors.Add($"$.layers[{li}]: must be a non-empty array of components");
                li++;
                continue;
            }

            var components = new List<ComponentConfig>();
            var ci = 0;
            foreach (var component in componentsJson.EnumerateArray())
            {
                var parsed = ParseComponent(component, $"$.layers[{li}][{ci}]", errors);
                if (parsed is not null)
                {
                    components.Add(parsed);
                }

                ci++;
            }

            layers.Add(new LayerConfig(components));
            li++;
        }

        if (li == 0)
        {
            errors.Add("$.layers: must hold at least one layer");
        }

        return errors.Count > 0 ? new ArchitectureParseResult(null, errors) : new ArchitectureParseResult(new ArchitectureConfig(name, layers), []);
    }

    private static ComponentConfig? ParseComponent(JsonElement json, string path, List<string> errors)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: a component must be an object with \"type\" and \"model\"");
            return null;
        }

        var type = String(json, "type");
        var model = String(json, "model");
        if (string.IsNullOrWhiteSpace(type))
        {
            errors.Add($"{path}.type: required, a component type such as \"generator\"");
        }

        if (string.IsNullOrWhiteSpace(model))
        {
            errors.Add($"{path}.model: required, a model name");
        }

        var temperature = Number(json, path, errors, 0.7, 0, 2, "temperature");
        var maxTokens = (int)Number(json, path, errors, 2048, 1, 1_000_000, "max_tokens", "maxTokens");
        var samples = (int)Number(json, path, errors, 1, 1, 1000, "samples");
        int? topK = json.TryGetProperty("top_k", out _) || json.TryGetProperty("topK", out _)
            ? (int)Number(json, path, errors, 1, 1, 1000, "top_k", "topK")
            : null;
        if (type is null || model is null)
        {
            return null;
        }

        var settings = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in json.EnumerateObject())
        {
            if (!Known.Contains(p.Name))
            {
                settings[p.Name] = p.Value.Clone();
            }
        }

        return new ComponentConfig
        {
            Type = type,
            Model = model,
            ModelType = String(json, "model_type") ?? String(json, "modelType"),
            Temperature = temperature,
            MaxTokens = maxTokens,
            Samples = samples,
            TopK = topK,
            Settings = settings,
        };
    }

    private static string? String(JsonElement json, string name) =>
        json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double Number(JsonElement json, string path, List<string> errors, double fallback, double min, double max, params string[] names)
    {
        foreach (var name in names)
        {
            if (!json.TryGetProperty(name, out var v))
            {
                continue;
            }

            if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || d < min || d > max)
            {
                errors.Add($"{path}.{name}: must be a number from {min} to {max}");
                return fallback;
            }

            return d;
        }

        return fallback;
    }
}
