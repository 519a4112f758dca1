using System.Text;
using System.Text.Json;

namespace Archon.Core.Architectures;

/// <summary>
/// Writes an architecture in the original Archon JSON format (layers as lists of components), so that architectures
/// built in code (e.g. by search) can be saved, shared and loaded again with <see cref="ArchitectureLoader"/>.
/// </summary>
public static class ArchitectureWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary>The config as indented JSON. Every typed key is written; settings follow in their stored order.</summary>
    public static string ToJson(ArchitectureConfig architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString(ConfigKeys.Name, architecture.Name);
            if (architecture.Description is { } description)
            {
                writer.WriteString(ConfigKeys.Description, description);
            }

            writer.WriteStartArray(ConfigKeys.Layers);
            foreach (var layer in architecture.Layers)
            {
                writer.WriteStartArray();
                foreach (var component in layer.Components)
                {
                    WriteComponent(writer, component);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the config to <paramref name="path"/>.</summary>
    public static void WriteFile(ArchitectureConfig architecture, string path) =>
        File.WriteAllText(path, ToJson(architecture) + "\n");

    private static void WriteComponent(Utf8JsonWriter writer, ComponentConfig component)
    {
        writer.WriteStartObject();
        writer.WriteString(ConfigKeys.Type, component.Type);
        writer.WriteString(ConfigKeys.Model, component.Model);
        if (component.ModelType is { } modelType)
        {
            writer.WriteString(ConfigKeys.ModelType, modelType);
        }

        writer.WriteNumber(ConfigKeys.Temperature, component.Temperature);
        writer.WriteNumber(ConfigKeys.MaxTokens, component.MaxTokens);
        writer.WriteNumber(ConfigKeys.Samples, component.Samples);
        if (component.TopK is { } topK)
        {
            writer.WriteNumber(ConfigKeys.TopK, topK);
        }

        foreach (var (key, value) in component.Settings)
        {
            if (ConfigKeys.TypedComponentKeys.ContainsKey(key))
            {
                continue;
            }

            writer.WritePropertyName(key);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
