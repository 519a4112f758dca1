using System.Globalization;
using System.Text.RegularExpressions;

namespace Archon.Benchmarks.Scoring;

/// <summary>Finds the number a free-text answer commits to (GSM8K style).</summary>
public static partial class NumericAnswer
{
    /// <summary>
    /// The committed number: after the last <c>####</c>; else after the last "answer is"/"Answer:"; else the last
    /// <c>\boxed{}</c>; else the last number in the text. Thousands separators, <c>$</c> and <c>%</c> are ignored.
    /// </summary>
    public static decimal? Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var hashes = text.LastIndexOf("####", StringComparison.Ordinal);
        if (hashes >= 0 && FirstNumber(text[(hashes + 4)..]) is { } afterHashes)
        {
            return afterHashes;
        }

        var marker = AnswerMarker().Matches(text);
        if (marker.Count > 0 && FirstNumber(text[(marker[^1].Index + marker[^1].Length)..]) is { } afterMarker)
        {
            return afterMarker;
        }

        if (LatexAnswer.LastBoxed(text) is { } boxed && FirstNumber(boxed) is { } inBox)
        {
            return inBox;
        }

        var all = NumberPattern().Matches(text);
        return all.Count == 0 ? null : Parse(all[^1].Value);
    }

    /// <summary>Parses a number such as <c>1,234.50</c> or <c>-3</c>; null when it is not one.</summary>
    public static decimal? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = text.Replace(",", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('.');
        return decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static decimal? FirstNumber(string text)
    {
        var m = NumberPattern().Match(text);
        return m.Success ? Parse(m.Value) : null;
    }

    [GeneratedRegex(@"-?\d[\d,]*(?:\.\d+)?|-?\.\d+")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?:answer\s*(?:is|:)|final answer\s*(?:is|:)?)\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerMarker();
}
