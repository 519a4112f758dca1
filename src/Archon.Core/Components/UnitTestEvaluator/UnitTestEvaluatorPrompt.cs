using System.Globalization;
using System.Text;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.AI;

namespace Archon.Core.Components.UnitTestEvaluator;

/// <summary>The unit-test evaluator's prompt for one candidate, replied as <c>{"results":[…]}</c>.</summary>
internal static class UnitTestEvaluatorPrompt
{
    public const string System = "You judge whether a response passes unit tests and reply with JSON only.";

    public const string Reminder = "Your previous reply could not be read. Reply with only the JSON object {\"results\":[{\"test\":1,\"passed\":true,\"reasoning\":\"…\"}, …]} with one entry per test, and nothing else.";

    /// <summary>The JSON schema of the reply, sent as the response format where the endpoint supports it.</summary>
    public static ChatResponseFormat ResponseFormat { get; } = JsonSchemaFormat.Create(
        "unit_test_results",
        """{"type":"object","properties":{"results":{"type":"array","items":{"type":"object","properties":{"test":{"type":"integer"},"passed":{"type":"boolean"},"reasoning":{"type":"string"}},"required":["test","passed","reasoning"],"additionalProperties":false}}},"required":["results"],"additionalProperties":false}""");

    public static string Build(string query, Candidate candidate, IReadOnlyList<string> tests)
    {
        var n = tests.Count;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Decide for each of the {n} unit tests below whether the candidate response to the query passes it. Judge each test on its own, strictly: a test passes only if the response clearly satisfies it.");
        sb.AppendLine();
        sb.AppendLine(PromptFormat.Query(query));
        sb.AppendLine();
        sb.AppendLine(PromptFormat.Candidate(1, candidate.Text));
        sb.AppendLine();
        for (var i = 0; i < n; i++)
        {
            sb.AppendLine(PromptFormat.Test(i + 1, tests[i]));
        }

        sb.AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"Reply with only a JSON object of the form {{\"results\":[{{\"test\":1,\"passed\":true,\"reasoning\":\"…\"}}]}} holding exactly one entry for each test id from 1 to {n}. No text before or after the JSON.");
        return sb.ToString();
    }
}
