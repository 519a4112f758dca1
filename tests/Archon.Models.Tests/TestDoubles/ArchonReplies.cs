using System.Globalization;
using System.Text.RegularExpressions;

namespace Archon.Models.Tests.TestDoubles;

/// <summary>
/// Replies a well-behaved model would give to Archon's component prompts, read from the request as a server sees it:
/// rankers reverse the candidates, critics flag every candidate, verifiers pass, fusers and generators answer 7 (each
/// generator draft numbered, so the order candidates reach a later prompt in can be read).
/// </summary>
internal sealed partial class ArchonReplies
{
    private int _drafts;

    public string For(ReceivedRequest request)
    {
        var prompt = request.Prompt + request.Json.ToString();
        var n = CandidateTag().Matches(request.Prompt).Count;
        if (prompt.Contains("\"ranking\"", StringComparison.Ordinal))
        {
            return "{\"ranking\":[" + string.Join(",", Enumerable.Range(1, n).Reverse()) + "]}";
        }

        if (prompt.Contains("\"critiques\"", StringComparison.Ordinal))
        {
            return "{\"critiques\":[" + string.Join(",", Enumerable.Range(1, n).Select(i =>
                string.Create(CultureInfo.InvariantCulture, $"{{\"candidate\":{i},\"strengths\":\"clear\",\"weaknesses\":\"CRITIQUE-{i}\"}}"))) + "]}";
        }

        if (prompt.Contains("\"passed\"", StringComparison.Ordinal))
        {
            return """{"reasoning":"checked","passed":true}""";
        }

        return n > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Fused {n} drafts.\nAnswer: 7")
            : string.Create(CultureInfo.InvariantCulture, $"Draft #{Interlocked.Increment(ref _drafts)}.\nAnswer: 7");
    }

    [GeneratedRegex("<candidate id=\"\\d+\">")]
    private static partial Regex CandidateTag();
}
