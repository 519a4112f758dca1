using System.Globalization;
using System.Text.RegularExpressions;

namespace Archon.Core.Synthetic;

/// <summary>
/// A built-in family of arithmetic word problems. Generation is deterministic for a seed; the exact answer can be
/// recovered from the question text wherever it appears (e.g. inside <c>&lt;query&gt;…&lt;/query&gt;</c> in a longer
/// prompt), which is what lets simulated models "solve" them at their skill rate. Responses end with a line
/// <c>Answer: &lt;integer&gt;</c>.
/// </summary>
public static partial class SyntheticTasks
{
    /// <summary>Generates <paramref name="count"/> problems; the same seed always yields the same list.</summary>
    public static IReadOnlyList<SyntheticTask> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var templates = SyntheticTemplates.All;
        var tasks = new List<SyntheticTask>(count);
        for (var i = 0; i < count; i++)
        {
            var template = templates[random.Next(templates.Count)];
            var (question, answer) = template.Create(random);
            tasks.Add(new SyntheticTask(string.Create(CultureInfo.InvariantCulture, $"syn-{seed}-{i:D4}"), question, answer));
        }

        return tasks;
    }

    /// <summary>
    /// Finds a synthetic question in <paramref name="text"/> and computes its exact answer. When the text holds a
    /// <c>&lt;query&gt;</c> block, that block is searched first, so candidates quoted later cannot mislead.
    /// </summary>
    public static bool TrySolve(string? text, out long answer) => TryExplain(text, out answer, out _);

    /// <summary>
    /// Like <see cref="TrySolve"/>, and also returns the arithmetic behind the answer (e.g. <c>17 + 4 × 6 − 9</c>).
    /// </summary>
    public static bool TryExplain(string? text, out long answer, out string working)
    {
        answer = 0;
        working = string.Empty;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var open = text.IndexOf("<query>", StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = text.IndexOf("</query>", open, StringComparison.Ordinal);
            var inner = close > open ? text[(open + 7)..close] : text[(open + 7)..];
            if (TrySolveCore(inner, out answer, out working))
            {
                return true;
            }
        }

        return TrySolveCore(text, out answer, out working);
    }

    /// <summary>
    /// Reads the integer of the last <c>Answer: N</c> in <paramref name="response"/>. Tolerates markdown emphasis
    /// (<c>**Answer:** 12</c>), thousands separators (<c>1,234</c>), a dollar sign, a trailing period and a
    /// <c>.0</c> fraction. Returns null when there is no such line or the number is not an integer.
    /// </summary>
    public static long? ExtractAnswer(string? response)
    {
        if (string.IsNullOrEmpty(response))
        {
            return null;
        }

        var matches = AnswerPattern().Matches(response);
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            var fraction = m.Groups["frac"].Value;
            if (fraction.Length > 0 && fraction.AsSpan(1).ContainsAnyExcept('0'))
            {
                continue;
            }

            var digits = m.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static bool TrySolveCore(string text, out long answer, out string working)
    {
        foreach (var template in SyntheticTemplates.All)
        {
            if (!text.Contains(template.Cue, StringComparison.Ordinal))
            {
                continue;
            }

            var match = template.Pattern.Match(text);
            if (match.Success)
            {
                answer = template.Solve(match);
                working = template.Working(match);
                return true;
            }
        }

        answer = 0;
        working = string.Empty;
        return false;
    }

    [GeneratedRegex(@"\banswer[ \t*_]*:[ \t*_$]*(?<int>-?\d[\d,]*)(?<frac>\.\d+)?", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerPattern();
}
