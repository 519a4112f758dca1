using System.Text.Json;

namespace Archon.Core.Architectures;

/// <summary>
/// One component of a layer as written in the config. Common keys are typed properties; every other
/// recognised component key (<c>use_critiques</c>, <c>length_control</c>, <c>unit_test_cap</c>, …) is kept in
/// <see cref="Settings"/> under its JSON name.
/// </summary>
public sealed record ComponentConfig
{
    /// <summary>Component type name, e.g. <c>generator</c> (see <see cref="ComponentTypes"/>) or a registered custom type.</summary>
    public required string Type { get; init; }

    /// <summary>Model name, resolved through the model catalog.</summary>
    public required string Model { get; init; }

    /// <summary>The original format's provider hint (<c>OpenAI_API</c>, <c>Together_API</c>, …), if given.</summary>
    public string? ModelType { get; init; }

    /// <summary>Sampling temperature, 0–2. Default 0.7.</summary>
    public double Temperature { get; init; } = 0.7;

    /// <summary>Maximum output tokens per call. Default 2048.</summary>
    public int MaxTokens { get; init; } = 2048;

    /// <summary>Samples per model (generators: candidates produced). Default 1.</summary>
    public int Samples { get; init; } = 1;

    /// <summary>Rankers: how many candidates to keep. Null means the component's default.</summary>
    public int? TopK { get; init; }

    /// <summary>Other component keys by their JSON name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Settings { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Reads a boolean setting, or <paramref name="defaultValue"/> when absent or not a boolean.</summary>
    public bool GetBool(string key, bool defaultValue = false) =>
        Settings.TryGetValue(key, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? v.GetBoolean()
            : defaultValue;

    /// <summary>Reads an integer setting, or <paramref name="defaultValue"/> when absent or not an integer.</summary>
    public int? GetInt(string key, int? defaultValue = null) =>
        Settings.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)
            ? i
            : defaultValue;

    /// <summary>Reads a string setting, or <paramref name="defaultValue"/> when absent or not a string.</summary>
    public string? GetString(string key, string? defaultValue = null) =>
        Settings.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : defaultValue;
}
