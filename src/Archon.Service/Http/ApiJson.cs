using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archon.Service.Http;

/// <summary>
/// How the HTTP API writes JSON in both hosts: web defaults (camelCase), enums as camelCase strings. Given explicitly
/// to every result, so the Functions worker and <c>archon serve</c> write the same bytes.
/// </summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
