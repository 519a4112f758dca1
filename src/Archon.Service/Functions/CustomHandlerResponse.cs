using System.Text.Json.Serialization;

namespace Archon.Service.Functions;

/// <summary>
/// What a custom handler returns for a non-HTTP trigger: <c>Outputs</c> by output binding name, <c>Logs</c> (written
/// to the host's invocation log) and <c>ReturnValue</c> (for a <c>$return</c> binding).
/// </summary>
internal sealed record CustomHandlerResponse(
    [property: JsonPropertyName("Outputs")] Dictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue);
