using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Archon.Models.Caching;

/// <summary>
/// The stored form of a <see cref="CachedResponse"/> (disk files and blobs alike):
/// <c>{"format":"archon-response-cache/2","uncachedLatencyMs":…,"response":{…}}</c>, the response in
/// Microsoft.Extensions.AI's JSON. Anything else — an older format, a torn write — reads as a miss.
/// </summary>
internal static class CacheEntryJson
{
    public const string Format = "archon-response-cache/2";

    public static byte[] Serialize(CachedResponse entry)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("uncachedLatencyMs", Math.Round(entry.UncachedLatency.TotalMilliseconds, 3));
            json.WritePropertyName("response");
            JsonSerializer.Serialize(json, entry.Response, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse)));
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static CachedResponse? Deserialize(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format
                || !root.TryGetProperty("response", out var body)
                || body.Deserialize(AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse))) is not ChatResponse response)
            {
                return null;
            }

            var latency = root.TryGetProperty("uncachedLatencyMs", out var ms) && ms.TryGetDouble(out var value) && value >= 0 ? value : 0;
            if (response.AdditionalProperties is { } properties)
            {
                RestorePrimitives(properties);
            }

            return new CachedResponse(response, TimeSpan.FromMilliseconds(latency));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Flags such as <c>archon.simulated</c> come back from JSON as elements; turn them into plain values again.</summary>
    private static void RestorePrimitives(AdditionalPropertiesDictionary properties)
    {
        foreach (var key in properties.Keys.ToList())
        {
            if (properties[key] is JsonElement e)
            {
                properties[key] = e.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number when e.TryGetInt32(out var i) => i,
                    JsonValueKind.Number => e.GetDouble(),
                    JsonValueKind.String => e.GetString(),
                    _ => e,
                };
            }
        }
    }
}
