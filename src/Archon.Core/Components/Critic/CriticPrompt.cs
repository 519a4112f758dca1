using System.Globalization;
using System.Text;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.AI;

namespace Archon.Core.Components.Critic;

/// <summary>The critic's prompt: strengths and weaknesses per candidate, replied as <c>{"critiques":[…]}</c>.</summary>
internal static class CriticPrompt
{
    public const string System = "You review candidate responses critically and reply with JSON only.";

    public const string Reminder = "Your previous reply could not be read. Reply with only the JSON object {\"critiques\":[{\"candidate\":1,\"strengths\":\"…\",\"weaknesses\":\"…\"}, …]} with one entry per candidate, and nothing else.";

    /// <summary>The JSON schema of the reply, sent as the response format where the endpoint supports it.</summary>
    public static ChatResponseFormat ResponseFormat { get; } = JsonSchemaFormat.Create(
        "critiques",
        """{"type":"object","properties":{"critiques":{"type":"array","items":{"type":"object","properties":{"candidate":{"type":"integer"},"strengths":{"type":"string"},"weaknesses":{"type":"string"}},"required":["candidate","strengths","weaknesses"],"additionalProperties":false}}},"required":["critiques"],"additionalProperties":false}""");

    public static string Build(string query, IReadOnlyList<Candidate> candidates)
    {
        var n = candidates.Count;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Review each of the {n} candidate responses below to the query. For each, state its strengths and its weaknesses: errors of fact or reasoning, missing parts, unclear or unhelpful passages. Be specific and brief.");
        sb.AppendLine();
        sb.AppendLine(PromptFormat.Query(query));
        sb.AppendLine();
        sb.Append(PromptFormat.Candidates(candidates, withCritiques: false));
        sb.AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"Reply with only a JSON object of the form {{\"critiques\":[{{\"candidate\":1,\"strengths\":\"…\",\"weaknesses\":\"…\"}}]}} holding exactly one entry for each candidate id from 1 to {n}. No text before or after the JSON.");
        return sb.ToString();
    }
}
