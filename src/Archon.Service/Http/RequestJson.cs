using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>
/// Reads a request body as one JSON object, turning every malformed body into a clear message: not JSON, not an object,
/// nested too deep, or holding a string that is no text (a lone surrogate such as <c>"\ud800"</c>, or bytes that are
/// not UTF-8) — the parser accepts those, but reading such a string later would fail.
/// </summary>
internal static class RequestJson
{
    public static async Task<(JsonElement Body, string? Error)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (default, $"the body must be JSON (Content-Type application/json), not '{type}'");
        }

        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (default, "the body must be a JSON object");
            }

            if (FirstInvalidString(doc.RootElement, "$") is { } path)
            {
                return (default, $"the body is not valid JSON text: the string at {path} is not valid Unicode (a lone surrogate escape such as \\ud800, or bytes that are not UTF-8)");
            }

            return (doc.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (default, $"the body is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>The JSON path of the first property name or string value that cannot be read as text, or null.</summary>
    internal static string? FirstInvalidString(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsText(element) ? null : path;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstInvalidString(item, $"{path}[{i++}]") is { } inItem)
                    {
                        return inItem;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsName(property))
                    {
                        return $"{path} (a property name)";
                    }

                    if (FirstInvalidString(property.Value, $"{path}.{property.Name}") is { } inValue)
                    {
                        return inValue;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsText(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsName(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
