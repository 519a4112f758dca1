using System.Globalization;
using System.Text;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.AI;

namespace Archon.Core.Components.UnitTestGenerator;

/// <summary>The unit-test generator's prompt, replied as <c>{"tests":[…]}</c>.</summary>
internal static class UnitTestGeneratorPrompt
{
    public const string System = "You write natural-language unit tests for responses to a query and reply with JSON only.";

    public const string Reminder = "Your previous reply could not be read. Reply with only the JSON object {\"tests\":[\"…\", …]}, and nothing else.";

    /// <summary>The JSON schema of the reply, sent as the response format where the endpoint supports it.</summary>
    public static ChatResponseFormat ResponseFormat { get; } = JsonSchemaFormat.Create(
        "unit_tests",
        """{"type":"object","properties":{"tests":{"type":"array","items":{"type":"string"}}},"required":["tests"],"additionalProperties":false}""");

    public static string Build(string query, int count)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Write {count} unit tests for responses to the query below. A unit test is one short sentence stating a property that a correct, high-quality response must have; each must be checkable by reading the response alone, and together they should cover what matters most for correctness.");
        sb.AppendLine();
        sb.AppendLine(PromptFormat.Query(query));
        sb.AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"Reply with only a JSON object of the form {{\"tests\":[\"…\",\"…\"]}} holding exactly {count} tests as strings. No text before or after the JSON.");
        return sb.ToString();
    }
}
