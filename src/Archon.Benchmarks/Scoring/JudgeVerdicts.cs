using System.Globalization;
using System.Text.RegularExpressions;

namespace Archon.Benchmarks.Scoring;

/// <summary>Robust parsing of judge replies. Anything unparseable yields null, never an exception.</summary>
public static partial class JudgeVerdicts
{
    /// <summary>
    /// The pairwise verdict in <paramref name="text"/>: <c>[[A&gt;&gt;B]]</c> … <c>[[B&gt;&gt;A]]</c>, tolerating spaces,
    /// lower case, single brackets, <c>A&lt;B</c> spelled the other way round and <c>B=A</c>. When the reply holds
    /// different verdicts the last bracketed one counts only if all bracketed ones agree; otherwise null.
    /// </summary>
    public static PairwiseVerdict? ParsePairwise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var verdicts = DoubleBracket().Matches(text).Select(ToVerdict).Where(v => v is not null).Distinct().ToList();
        if (verdicts.Count == 0)
        {
            verdicts = SingleBracket().Matches(text).Select(ToVerdict).Where(v => v is not null).Distinct().ToList();
        }

        return verdicts.Count == 1 ? verdicts[0] : null;
    }

    /// <summary>
    /// MT-Bench's pairwise verdict: <c>[[A]]</c> (A better), <c>[[B]]</c> (B better) or <c>[[C]]</c> (tie), the last one
    /// when several agree; a reply using Arena-Hard labels (<c>[[A&gt;B]]</c> …) is read with <see cref="ParsePairwise"/>.
    /// Null when missing or conflicting.
    /// </summary>
    public static PairwiseVerdict? ParseWinner(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var winners = WinnerBracket().Matches(text).Select(m => char.ToUpperInvariant(m.Groups["w"].Value[0])).Distinct().ToList();
        if (winners.Count == 0)
        {
            return ParsePairwise(text);
        }

        return winners.Count != 1 ? null : winners[0] switch
        {
            'A' => PairwiseVerdict.ABetter,
            'B' => PairwiseVerdict.BBetter,
            _ => PairwiseVerdict.Tie,
        };
    }

    /// <summary>The score (1–10) from <c>[[7]]</c>, <c>[[7.5]]</c>, <c>Rating: [[7]]</c> or <c>Rating: 7</c>; null otherwise.</summary>
    public static double? ParseRating(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var m = RatingBracket().Matches(text);
        if (m.Count == 0)
        {
            m = RatingWord().Matches(text);
        }

        if (m.Count == 0 || !double.TryParse(m[^1].Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var r))
        {
            return null;
        }

        return r is >= 1 and <= 10 ? r : null;
    }

    /// <summary>A 0–1 score from <c>[[0.8]]</c> (or <c>Score: 0.8</c>); null otherwise.</summary>
    public static double? ParseScore(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var m = RatingBracket().Matches(text);
        if (m.Count == 0)
        {
            m = ScoreWord().Matches(text);
        }

        if (m.Count == 0 || !double.TryParse(m[^1].Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s))
        {
            return null;
        }

        return s is >= 0 and <= 1 ? s : null;
    }

    private static PairwiseVerdict? ToVerdict(Match m)
    {
        var left = char.ToUpperInvariant(m.Groups["x"].Value[0]);
        var right = char.ToUpperInvariant(m.Groups["y"].Value[0]);
        var op = m.Groups["op"].Value;
        if (left == right)
        {
            return null;
        }

        // Rewrite "B<A" as "A>B" and "B>A" stays; always express with A on the left.
        var strength = op.Length == 2 ? 2 : op == "=" ? 0 : 1;
        var leftWins = op.StartsWith('>');
        if (op == "=")
        {
            return PairwiseVerdict.Tie;
        }

        var aWins = left == 'A' ? leftWins : !leftWins;
        return (aWins, strength) switch
        {
            (true, 2) => PairwiseVerdict.AMuchBetter,
            (true, _) => PairwiseVerdict.ABetter,
            (false, 2) => PairwiseVerdict.BMuchBetter,
            _ => PairwiseVerdict.BBetter,
        };
    }

    [GeneratedRegex(@"\[\[\s*(?<x>[ABab])\s*(?<op>>>|>|=|<<|<)\s*(?<y>[ABab])\s*\]\]")]
    private static partial Regex DoubleBracket();

    [GeneratedRegex(@"\[\s*(?<x>[AB])\s*(?<op>>>|>|=|<<|<)\s*(?<y>[AB])\s*\]")]
    private static partial Regex SingleBracket();

    [GeneratedRegex(@"\[\[\s*(?<w>[ABCabc])\s*\]\]")]
    private static partial Regex WinnerBracket();

    [GeneratedRegex(@"\[\[\s*(?<n>\d+(?:\.\d+)?)\s*(?:/\s*10\s*)?\]\]")]
    private static partial Regex RatingBracket();

    [GeneratedRegex(@"Rating\s*:\s*\[?\s*(?<n>\d+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex RatingWord();

    [GeneratedRegex(@"Score\s*:\s*\[?\s*(?<n>\d+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreWord();
}
