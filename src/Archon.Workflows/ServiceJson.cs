using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archon.Workflows;

/// <summary>JSON settings for everything the service stores or sends: camelCase, enums as strings, no nulls.</summary>
internal static class ServiceJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
