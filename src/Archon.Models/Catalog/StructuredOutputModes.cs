namespace Archon.Models.Catalog;

/// <summary>
/// How an endpoint is asked for a structured (JSON) reply: the catalog's <c>structuredOutputs</c> field. Whatever
/// the mode, the components' prompts describe the JSON they want and their parsers read it leniently.
/// </summary>
public static class StructuredOutputModes
{
    /// <summary><c>response_format: {"type": "json_schema", …}</c> with the component's schema (OpenAI structured outputs).</summary>
    public const string JsonSchema = "json_schema";

    /// <summary><c>response_format: {"type": "json_object"}</c> (JSON mode), with the schema written into the prompt.</summary>
    public const string JsonObject = "json_object";

    /// <summary>No <c>response_format</c>: the schema is written into the prompt only (as the reference Archon does).</summary>
    public const string None = "none";

    /// <summary>Every valid value.</summary>
    public static IReadOnlyList<string> All { get; } = [JsonSchema, JsonObject, None];
}
