using System.Text;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.AI;

namespace Archon.Core.Components.Verifier;

/// <summary>The verifier's prompt for one candidate, replied as <c>{"reasoning":"…","passed":true}</c>.</summary>
internal static class VerifierPrompt
{
    public const string System = "You verify whether a response answers a query correctly and reply with JSON only.";

    public const string Reminder = "Your previous reply could not be read. Reply with only the JSON object {\"reasoning\":\"…\",\"passed\":true or false}, and nothing else.";

    /// <summary>The JSON schema of the reply, sent as the response format where the endpoint supports it.</summary>
    public static ChatResponseFormat ResponseFormat { get; } = JsonSchemaFormat.Create(
        "verdict",
        """{"type":"object","properties":{"reasoning":{"type":"string"},"passed":{"type":"boolean"}},"required":["reasoning","passed"],"additionalProperties":false}""");

    public static string Build(string query, Candidate candidate)
    {
        var sb = new StringBuilder();
        sb.AppendLine("Verify the candidate response below. Check its reasoning step by step and decide whether it answers the query correctly and completely.");
        sb.AppendLine();
        sb.AppendLine(PromptFormat.Query(query));
        sb.AppendLine();
        sb.AppendLine(PromptFormat.Candidate(1, candidate.Text));
        sb.AppendLine();
        sb.Append("Reply with only a JSON object of the form {\"reasoning\":\"…\",\"passed\":true}: \"reasoning\" briefly explains your check, and \"passed\" is true only if the response is correct, false otherwise. No text before or after the JSON.");
        return sb.ToString();
    }
}
