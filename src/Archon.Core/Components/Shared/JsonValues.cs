using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archon.Core.Components.Shared;

/// <summary>Tolerant readers for single JSON values: case-insensitive property names, ids and booleans given as strings.</summary>
internal static partial class JsonValues
{
    /// <summary>The property named <paramref name="name"/> (any letter case) of an object, if present.</summary>
    public static JsonElement? Property(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>The first property among <paramref name="names"/> that is present.</summary>
    public static JsonElement? Property(JsonElement obj, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Property(obj, name) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// An integer id given as a number (<c>3</c>, <c>3.0</c>) or as a short label string (<c>"3"</c>, <c>"candidate 3"</c>,
    /// <c>"Test #3"</c>). Other strings (e.g. a test's text that happens to hold a number) are not ids.
    /// </summary>
    public static int? Id(JsonElement? element)
    {
        if (element is not { } value)
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetInt32(out var i):
                return i;
            case JsonValueKind.Number when value.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue:
                return (int)d;
            case JsonValueKind.String:
                var match = IdLabelRegex().Match(value.GetString() ?? string.Empty);
                return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : null;
            default:
                return null;
        }
    }

    /// <summary>A boolean given as <c>true</c>/<c>false</c> or as a string such as <c>"yes"</c>, <c>"pass"</c>, <c>"failed"</c>.</summary>
    public static bool? Bool(JsonElement? element)
    {
        if (element is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => (value.GetString() ?? string.Empty).Trim().ToUpperInvariant() switch
            {
                "TRUE" or "YES" or "PASS" or "PASSED" or "CORRECT" => true,
                "FALSE" or "NO" or "FAIL" or "FAILED" or "INCORRECT" => false,
                _ => null,
            },
            JsonValueKind.Number when value.TryGetInt32(out var i) && i is 0 or 1 => i == 1,
            _ => null,
        };
    }

    /// <summary>A string value; other scalars are rendered as text, arrays of strings are joined; null when absent.</summary>
    public static string? Text(JsonElement? element)
    {
        if (element is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(e => Text(e)).Where(t => !string.IsNullOrWhiteSpace(t))),
            _ => value.GetRawText(),
        };
    }

    /// <summary>The array under <paramref name="name"/>, or the root itself when it is an array.</summary>
    public static JsonElement? ArrayOf(JsonElement root, string name)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }

        return Property(root, name) is { ValueKind: JsonValueKind.Array } array ? array : null;
    }

    [GeneratedRegex(@"^\s*(?:(?:candidate|response|answer|test|id|number|no\.?)\s*)?#?\s*(\d+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IdLabelRegex();
}
