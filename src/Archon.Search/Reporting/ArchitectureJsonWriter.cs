using System.Text.Json;
using System.Text.Json.Nodes;
using Archon.Core.Architectures;

namespace Archon.Search.Reporting;

/// <summary>Writes an architecture in the config format <c>archon run</c> loads: <c>{"name", "layers": [[{component}…]…]}</c>.</summary>
public static class ArchitectureJsonWriter
{
    /// <summary>Serialises <paramref name="architecture"/> as indented JSON.</summary>
    public static string ToJson(ArchitectureConfig architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var layers = new JsonArray();
        foreach (var layer in architecture.Layers)
        {
            var components = new JsonArray();
            foreach (var c in layer.Components)
            {
                var o = new JsonObject
                {
                    ["type"] = c.Type,
                    ["model"] = c.Model,
                    ["temperature"] = c.Temperature,
                    ["max_tokens"] = c.MaxTokens,
                    ["samples"] = c.Samples,
                };
                if (c.ModelType is { } mt)
                {
                    o["model_type"] = mt;
                }

                if (c.TopK is { } k)
                {
                    o["top_k"] = k;
                }

                foreach (var (key, value) in c.Settings)
                {
                    o[key] = JsonNode.Parse(value.GetRawText());
                }

                components.Add(o);
            }

            layers.Add(components);
        }

        var root = new JsonObject { ["name"] = architecture.Name, ["layers"] = layers };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
