using System.Globalization;
using System.Text;
using Archon.Core.Candidates;

namespace Archon.Core.Components;

/// <summary>
/// The framing all built-in component prompts share, so that any model (and the simulated models, which parse it)
/// finds the query, the candidates and the tests in the same places:
/// <list type="bullet">
/// <item>the query inside <c>&lt;query&gt;…&lt;/query&gt;</c>;</item>
/// <item>each candidate inside <c>&lt;candidate id="N"&gt;…&lt;/candidate&gt;</c>, N 1-based in the order given;</item>
/// <item>each unit test inside <c>&lt;test id="N"&gt;…&lt;/test&gt;</c>;</item>
/// <item>a critique, where included, inside <c>&lt;critique id="N"&gt;…&lt;/critique&gt;</c>.</item>
/// </list>
/// Structured replies are JSON objects of these shapes (numbers are the 1-based ids above):
/// ranker <c>{"ranking":[3,1,2]}</c>; critic <c>{"critiques":[{"candidate":1,"strengths":"…","weaknesses":"…"}]}</c>;
/// verifier (one candidate per call) <c>{"reasoning":"…","passed":true}</c>;
/// unit-test generator <c>{"tests":["…"]}</c>;
/// unit-test evaluator (one candidate per call) <c>{"results":[{"test":1,"passed":true,"reasoning":"…"}]}</c>.
/// Generators and fusers reply in plain text.
/// </summary>
public static class PromptFormat
{
    public const string QueryOpen = "<query>";
    public const string QueryClose = "</query>";
    public const string CandidateClose = "</candidate>";
    public const string TestClose = "</test>";
    public const string CritiqueClose = "</critique>";

    /// <summary>Wraps the query.</summary>
    public static string Query(string query) => $"{QueryOpen}\n{query}\n{QueryClose}";

    /// <summary>Formats one candidate with its 1-based id.</summary>
    public static string Candidate(int id, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"<candidate id=\"{id}\">\n{text}\n{CandidateClose}");

    /// <summary>Formats one unit test with its 1-based id.</summary>
    public static string Test(int id, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"<test id=\"{id}\">{text}{TestClose}");

    /// <summary>Formats a critique for the candidate with the given 1-based id.</summary>
    public static string CritiqueOf(int id, Critique critique)
    {
        ArgumentNullException.ThrowIfNull(critique);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<critique id=\"{id}\">\nStrengths: {critique.Strengths}\nWeaknesses: {critique.Weaknesses}\n{CritiqueClose}");
    }

    /// <summary>Formats candidates 1..n, each followed by its critique when <paramref name="withCritiques"/> is set.</summary>
    public static string Candidates(IReadOnlyList<Candidate> candidates, bool withCritiques)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var sb = new StringBuilder();
        for (var i = 0; i < candidates.Count; i++)
        {
            sb.AppendLine(Candidate(i + 1, candidates[i].Text));
            if (withCritiques && candidates[i].Critique is { } critique)
            {
                sb.AppendLine(CritiqueOf(i + 1, critique));
            }
        }

        return sb.ToString();
    }
}
