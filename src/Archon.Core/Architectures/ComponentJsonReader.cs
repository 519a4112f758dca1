using System.Text.Json;

using Archon.Core.Text;

namespace Archon.Core.Architectures;

/// <summary>Reads one component object of the original format into a <see cref="ComponentConfig"/>.</summary>
internal sealed class ComponentJsonReader(ConfigValueReader values)
{
    /// <summary>
    /// Reads the component at <paramref name="path"/>. A value that is not an object yields a component with an empty
    /// type and model so that layer indices stay aligned with the document.
    /// </summary>
    public ComponentConfig Read(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            values.Diagnostics.Add(ArchitectureDiagnostic.Error(
                path,
                $"Each component must be a JSON object such as {{\"type\": \"generator\", \"model\": \"…\"}}, not {ConfigValueReader.Describe(element)}."));
            return new ComponentConfig { Type = string.Empty, Model = string.Empty };
        }

        var builtIn = IsBuiltInType(element);
        string type = string.Empty, model = string.Empty;
        string? modelType = null;
        double temperature = ArchitectureDefaults.Temperature;
        int maxTokens = ArchitectureDefaults.MaxTokens, samples = ArchitectureDefaults.Samples;
        int? topK = null;
        var settings = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var property in element.EnumerateObject())
        {
            var key = property.Name;
            var value = property.Value;
            var keyPath = ArchitecturePaths.Key(path, key);
            values.CheckDuplicate(seen, key, keyPath);

            if (ConfigKeys.TypedComponentKeys.TryGetValue(key, out var kind))
            {
                // null means "not set" for optional keys, as in the original's Python loader; type and model are required.
                if (value.ValueKind == JsonValueKind.Null && key is not (ConfigKeys.Type or ConfigKeys.Model))
                {
                    continue;
                }

                if (!values.Check(value, kind, key, keyPath))
                {
                    continue;
                }

                switch (key)
                {
                    case ConfigKeys.Type: type = value.GetString()!; break;
                    case ConfigKeys.Model: model = value.GetString()!; break;
                    case ConfigKeys.ModelType: modelType = value.GetString(); break;
                    case ConfigKeys.Temperature: temperature = value.GetDouble(); break;
                    case ConfigKeys.MaxTokens: ConfigValueReader.TryGetInteger(value, out maxTokens); break;
                    case ConfigKeys.Samples: ConfigValueReader.TryGetInteger(value, out samples); break;
                    case ConfigKeys.TopK: topK = ConfigValueReader.TryGetInteger(value, out var k) ? k : null; break;
                }
            }
            else if (ConfigKeys.SettingKeys.TryGetValue(key, out kind))
            {
                if (value.ValueKind != JsonValueKind.Null && values.Check(value, kind, key, keyPath))
                {
                    settings[key] = value.Clone();
                }
            }
            else
            {
                ReportUnknownKey(key, keyPath, builtIn);

                // Kept so that custom components can read their own keys.
                settings[key] = value.Clone();
            }
        }

        return new ComponentConfig
        {
            Type = type,
            Model = model,
            ModelType = modelType,
            Temperature = temperature,
            MaxTokens = maxTokens,
            Samples = samples,
            TopK = topK,
            Settings = settings,
        };
    }

    private void ReportUnknownKey(string key, string keyPath, bool builtIn)
    {
        var suggestion = NameSuggestions.Closest(key, ConfigKeys.AllComponentKeys);

        // Custom component types may define keys of their own: only a near miss of a known key is worth a warning.
        if (!builtIn && suggestion is null)
        {
            return;
        }

        values.Diagnostics.Add(ArchitectureDiagnostic.Warning(
            keyPath,
            suggestion is null
                ? $"'{ClippedText.Clip(key)}' is not a known component key and is ignored by the built-in components."
                : $"'{ClippedText.Clip(key)}' is not a known component key; did you mean '{suggestion}'?"));
    }

    private static bool IsBuiltInType(JsonElement component) =>
        component.TryGetProperty(ConfigKeys.Type, out var type)
        && type.ValueKind == JsonValueKind.String
        && ComponentTypes.BuiltIn.Contains(type.GetString()!, StringComparer.OrdinalIgnoreCase);
}
