using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archon.Service.Functions;

/// <summary>
/// What the Functions host POSTs to <c>/{FunctionName}</c> for a non-HTTP trigger: <c>Data</c> holds the trigger
/// and input bindings by binding name, <c>Metadata</c> the trigger metadata (for queues <c>DequeueCount</c>, <c>Id</c>, …).
/// </summary>
internal sealed record CustomHandlerRequest(
    [property: JsonPropertyName("Data")] Dictionary<string, JsonElement>? Data,
    [property: JsonPropertyName("Metadata")] Dictionary<string, JsonElement>? Metadata);
