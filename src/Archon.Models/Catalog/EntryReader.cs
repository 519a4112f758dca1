using System.Globalization;
using System.Text.Json;

namespace Archon.Models.Catalog;

/// <summary>Typed field access on one catalog entry that records a clear error for each bad value.</summary>
internal sealed class EntryReader(JsonElement element, List<string> errors)
{
    public string At { get; set; } = string.Empty;

    public string? String(string field)
    {
        if (!ModelCatalogParser.TryGetProperty(element, field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{At}.{field}: must be a string.");
            return null;
        }

        return v.GetString();
    }

    public string? OneOf(string field, IReadOnlyList<string> allowed)
    {
        var text = String(field);
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        errors.Add($"{At}.{field}: \"{text}\" is not one of {string.Join(", ", allowed)}.");
        return null;
    }

    public Uri? Uri(string field)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        if (!System.Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            errors.Add($"{At}.{field}: \"{text}\" is not an absolute http(s) URL.");
            return null;
        }

        return uri;
    }

    public decimal? Decimal(string field)
    {
        if (!ModelCatalogParser.TryGetProperty(element, field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var d) || d < 0)
        {
            errors.Add($"{At}.{field}: must be a number ≥ 0.");
            return null;
        }

        return d;
    }

    public double? Double(string field, double min, double max)
    {
        if (!ModelCatalogParser.TryGetProperty(element, field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || v.GetDouble() is var d && (d < min || d > max))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{At}.{field}: must be a number between {min} and {max}."));
            return null;
        }

        return d;
    }

    public int? Int(string field, int min, int max)
    {
        if (!ModelCatalogParser.TryGetProperty(element, field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i) || i < min || i > max)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{At}.{field}: must be an integer between {min} and {max}."));
            return null;
        }

        return i;
    }

    public IReadOnlyList<string> Strings(string field)
    {
        if (!ModelCatalogParser.TryGetProperty(element, field, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            errors.Add($"{At}.{field}: must be an array of strings.");
            return [];
        }

        return [.. v.EnumerateArray().Select(x => x.GetString()!)];
    }
}
