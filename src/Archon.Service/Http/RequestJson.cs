using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>Reads a request body as one JSON object, turning every malformed body into a clear message.</summary>
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

            return (doc.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (default, $"the body is not valid JSON: {ex.Message}");
        }
    }
}
