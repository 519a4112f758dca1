using System.Globalization;
using System.Text.Json;

namespace Archon.Core.Architectures;

/// <summary>Checks JSON values against the kind a key expects and records a diagnostic when they differ.</summary>
internal sealed class ConfigValueReader(List<ArchitectureDiagnostic> diagnostics)
{
    public List<ArchitectureDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>True when <paramref name="value"/> is of <paramref name="kind"/>; otherwise records an error and returns false.</summary>
    public bool Check(JsonElement value, ConfigValueKind kind, string key, string path)
    {
        var ok = kind switch
        {
            ConfigValueKind.String => value.ValueKind == JsonValueKind.String,
            ConfigValueKind.Number => value.ValueKind == JsonValueKind.Number,
            ConfigValueKind.Integer => value.ValueKind == JsonValueKind.Number && TryGetInteger(value, out _),
            ConfigValueKind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            ConfigValueKind.Object => value.ValueKind == JsonValueKind.Object,
            _ => false,
        };
        if (!ok)
        {
            Diagnostics.Add(ArchitectureDiagnostic.Error(path, $"'{key}' must be {Expected(kind)}, not {Describe(value)}."));
        }

        return ok;
    }

    /// <summary>Reads a whole number; integral numbers written with a fraction (<c>3.0</c>) are accepted.</summary>
    public static bool TryGetInteger(JsonElement value, out int result)
    {
        if (value.TryGetInt32(out result))
        {
            return true;
        }

        if (value.TryGetDouble(out var d) && Math.Abs(d % 1) < double.Epsilon && d is >= int.MinValue and <= int.MaxValue)
        {
            result = (int)d;
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>Records a warning for a key that appears twice in one object; returns true when it is a duplicate.</summary>
    public bool CheckDuplicate(HashSet<string> seen, string key, string path)
    {
        if (seen.Add(key))
        {
            return false;
        }

        Diagnostics.Add(ArchitectureDiagnostic.Warning(path, $"'{key}' appears more than once in this object; the last value is used."));
        return true;
    }

    /// <summary>A short description of a JSON value for messages, e.g. <c>the string "3"</c>.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString() ?? string.Empty)}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private static string Expected(ConfigValueKind kind) => kind switch
    {
        ConfigValueKind.String => "a string",
        ConfigValueKind.Number => "a number",
        ConfigValueKind.Integer => "a whole number",
        ConfigValueKind.Boolean => "true or false",
        ConfigValueKind.Object => "an object",
        _ => kind.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
