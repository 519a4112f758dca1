using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Archon.Core.Components.Shared;

/// <summary>Builds the JSON-schema response format a structured component asks for (the shapes of <see cref="PromptFormat"/>).</summary>
internal static class JsonSchemaFormat
{
    public static ChatResponseFormat Create(string name, string schema)
    {
        using var doc = JsonDocument.Parse(schema);
        return ChatResponseFormat.ForJsonSchema(doc.RootElement.Clone(), name);
    }
}
