using System.Globalization;
using System.Text.Json;

namespace Archon.Benchmarks.Datasets;

/// <summary>Typed reads of published dataset fields that fail with a message naming the field and the rule.</summary>
internal static class JsonFields
{
    public static string RequiredString(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            throw new ItemFormatException($"field '{name}' is missing");
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            throw new ItemFormatException($"field '{name}' must be a string, found {Describe(v.ValueKind)}");
        }

        var s = v.GetString()!;
        if (string.IsNullOrWhiteSpace(s))
        {
            throw new ItemFormatException($"field '{name}' must not be empty");
        }

        return s;
    }

    public static string? OptionalString(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : throw new ItemFormatException($"field '{name}' must be a string or null, found {Describe(v.ValueKind)}");
    }

    /// <summary>A string or number field as text (ids are numbers in some files, strings in others).</summary>
    public static string? OptionalScalar(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new ItemFormatException($"field '{name}' must be a string or number, found {Describe(v.ValueKind)}"),
            }
            : null;

    public static JsonElement RequiredArray(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            throw new ItemFormatException($"field '{name}' is missing");
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            throw new ItemFormatException($"field '{name}' must be a list, found {Describe(v.ValueKind)}");
        }

        if (v.GetArrayLength() == 0)
        {
            throw new ItemFormatException($"field '{name}' must not be an empty list");
        }

        return v;
    }

    public static IReadOnlyList<string> StringList(JsonElement array, string name)
    {
        var list = new List<string>();
        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            list.Add(e.ValueKind switch
            {
                JsonValueKind.String => e.GetString()!,
                JsonValueKind.Number => e.GetRawText(),
                _ => throw new ItemFormatException($"field '{name}[{i}]' must be a string, found {Describe(e.ValueKind)}"),
            });
            i++;
        }

        return list;
    }

    public static void RequireObject(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new ItemFormatException($"expected a JSON object, found {Describe(e.ValueKind)}");
        }
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
