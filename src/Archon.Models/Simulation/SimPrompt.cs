using System.Globalization;
using System.Text.RegularExpressions;
using Archon.Core.Synthetic;

namespace Archon.Models.Simulation;

/// <summary>
/// What a simulated model reads from a prompt framed by <c>PromptFormat</c>: the query, the candidates with their
/// final answers, critiques, unit tests, and — when the query is a synthetic task — the correct answer.
/// </summary>
internal sealed partial class SimPrompt
{
    private SimPrompt(string text)
    {
        Text = text;
        Solvable = SyntheticTasks.TryExplain(text, out var answer, out var working);
        Correct = answer;
        Working = working;
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            Query = text.Trim();
            return;
        }

        foreach (Match m in CandidatePattern().Matches(text))
        {
            var body = m.Groups["body"].Value;
            Candidates.Add(new SimCandidate(int.Parse(m.Groups["id"].ValueSpan, CultureInfo.InvariantCulture), body, SyntheticTasks.ExtractAnswer(body)));
        }

        foreach (Match m in CritiquePattern().Matches(text))
        {
            Critiques[int.Parse(m.Groups["id"].ValueSpan, CultureInfo.InvariantCulture)] = m.Groups["body"].Value;
        }

        foreach (Match m in TestPattern().Matches(text))
        {
            Tests.Add(m.Groups["body"].Value.Trim());
        }

        var open = text.IndexOf("<query>", StringComparison.Ordinal);
        var close = open >= 0 ? text.IndexOf("</query>", open, StringComparison.Ordinal) : -1;
        Query = close > open && open >= 0 ? text[(open + 7)..close].Trim() : text.Trim();
    }

    public string Text { get; }

    public string Query { get; }

    public bool Solvable { get; }

    public long Correct { get; }

    public string Working { get; }

    public List<SimCandidate> Candidates { get; } = [];

    public Dictionary<int, string> Critiques { get; } = [];

    public List<string> Tests { get; } = [];

    public static SimPrompt Parse(string text) => new(text);

    /// <summary>True when a critique of candidate <paramref name="id"/> calls its answer wrong.</summary>
    public bool IsFlagged(int id) =>
        Critiques.TryGetValue(id, out var critique) && critique.Contains("wrong", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("<candidate id=\"(?<id>\\d+)\">\\s*(?<body>.*?)\\s*</candidate>", RegexOptions.Singleline)]
    private static partial Regex CandidatePattern();

    [GeneratedRegex("<critique id=\"(?<id>\\d+)\">\\s*(?<body>.*?)\\s*</critique>", RegexOptions.Singleline)]
    private static partial Regex CritiquePattern();

    [GeneratedRegex("<test id=\"(?<id>\\d+)\">(?<body>.*?)</test>", RegexOptions.Singleline)]
    private static partial Regex TestPattern();
}
