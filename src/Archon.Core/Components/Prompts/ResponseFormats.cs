using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Archon.Core.Components.Prompts;

/// <summary>JSON-schema response formats for the structured components (the shapes of <see cref="PromptFormat"/>).</summary>
internal static class ResponseFormats
{
    public static ChatResponseFormat Ranking { get; } = Create(
        "ranking",
        """{"type":"object","properties":{"ranking":{"type":"array","items":{"type":"integer"}}},"required":["ranking"],"additionalProperties":false}""");

    public static ChatResponseFormat Critiques { get; } = Create(
        "critiques",
        """{"type":"object","properties":{"critiques":{"type":"array","items":{"type":"object","properties":{"candidate":{"type":"integer"},"strengths":{"type":"string"},"weaknesses":{"type":"string"}},"required":["candidate","strengths","weaknesses"],"additionalProperties":false}}},"required":["critiques"],"additionalProperties":false}""");

    public static ChatResponseFormat Verdict { get; } = Create(
        "verdict",
        """{"type":"object","properties":{"reasoning":{"type":"string"},"passed":{"type":"boolean"}},"required":["reasoning","passed"],"additionalProperties":false}""");

    public static ChatResponseFormat UnitTests { get; } = Create(
        "unit_tests",
        """{"type":"object","properties":{"tests":{"type":"array","items":{"type":"string"}}},"required":["tests"],"additionalProperties":false}""");

    public static ChatResponseFormat UnitTestResults { get; } = Create(
        "unit_test_results",
        """{"type":"object","properties":{"results":{"type":"array","items":{"type":"object","properties":{"test":{"type":"integer"},"passed":{"type":"boolean"},"reasoning":{"type":"string"}},"required":["test","passed","reasoning"],"additionalProperties":false}}},"required":["results"],"additionalProperties":false}""");

    private static ChatResponseFormat Create(string name, string schema)
    {
        using var doc = JsonDocument.Parse(schema);
        return ChatResponseFormat.ForJsonSchema(doc.RootElement.Clone(), name);
    }
}
