using System.Globalization;
using System.Text;
using Archon.Core.Candidates;
using Archon.Core.Components.Shared;
using Microsoft.Extensions.AI;

namespace Archon.Core.Components.Ranker;

/// <summary>The ranker's prompt: order all candidates best first, replied as <c>{"ranking":[…]}</c>.</summary>
internal static class RankerPrompt
{
    public const string System = "You rank candidate responses by quality and reply with JSON only.";

    public const string Reminder = "Your previous reply could not be read. Reply with only the JSON object {\"ranking\":[…]} holding every candidate id once, best first, and nothing else.";

    /// <summary>The JSON schema of the reply, sent as the response format where the endpoint supports it.</summary>
    public static ChatResponseFormat ResponseFormat { get; } = JsonSchemaFormat.Create(
        "ranking",
        """{"type":"object","properties":{"ranking":{"type":"array","items":{"type":"integer"}}},"required":["ranking"],"additionalProperties":false}""");

    public static string Build(string query, IReadOnlyList<Candidate> candidates, bool useCritiques)
    {
        var n = candidates.Count;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Rank the {n} candidate responses below by how well they answer the query: correctness first, then completeness, then clarity.");
        sb.AppendLine();
        sb.AppendLine(PromptFormat.Query(query));
        sb.AppendLine();
        sb.Append(PromptFormat.Candidates(candidates, useCritiques));
        sb.AppendLine();
        if (useCritiques && candidates.Any(c => c.Critique is not null))
        {
            sb.AppendLine("Each critique lists the strengths and weaknesses of the candidate with the same id; take them into account.");
        }

        sb.Append(CultureInfo.InvariantCulture, $"Reply with only a JSON object of the form {{\"ranking\":[2,1,3]}}: the ids (1 to {n}) of all {n} candidates, best first, each exactly once. No text before or after the JSON.");
        return sb.ToString();
    }
}
