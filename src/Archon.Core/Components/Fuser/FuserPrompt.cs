using System.Text;
using Archon.Core.Candidates;

namespace Archon.Core.Components.Fuser;

/// <summary>The fuser's prompt: merge the candidates into one better response, replied in plain text.</summary>
internal static class FuserPrompt
{
    public const string System = "You combine several draft responses into one response that is better than each of them.";

    public static string Build(string query, IReadOnlyList<Candidate> candidates, bool useCritiques, bool lengthControl)
    {
        var sb = new StringBuilder();
        sb.AppendLine("Below are a query and candidate responses to it from other assistants. Some candidates may be wrong, incomplete or contradict each other.");
        sb.AppendLine();
        sb.AppendLine(PromptFormat.Query(query));
        sb.AppendLine();
        sb.Append(PromptFormat.Candidates(candidates, useCritiques));
        sb.AppendLine();
        sb.AppendLine("Write a single response to the query. Check each candidate's reasoning, keep what is correct, fix what is wrong and add what is missing; where the candidates disagree, work out which is right rather than following the majority.");
        if (useCritiques && candidates.Any(c => c.Critique is not null))
        {
            sb.AppendLine("Each critique lists the strengths and weaknesses of the candidate with the same id; use them.");
        }

        if (lengthControl)
        {
            sb.AppendLine("Keep the response concise: no longer than needed to answer the query fully.");
        }

        sb.Append("Reply with the response only, in plain text, addressed to whoever asked the query. Do not mention the candidates, the critiques or these instructions. If the query asks for a particular answer format, follow it.");
        return sb.ToString();
    }
}
