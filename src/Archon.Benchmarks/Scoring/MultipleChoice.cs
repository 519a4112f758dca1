using System.Text.RegularExpressions;

namespace Archon.Benchmarks.Scoring;

/// <summary>Which option a multiple-choice answer picks: by letter (<c>B</c>, <c>(B)</c>, <c>Answer: B</c>) or by the option's text.</summary>
public static partial class MultipleChoice
{
    /// <summary>The 0-based index of the chosen option, or null when the answer picks none or several.</summary>
    public static int? Choice(string? answer, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(answer) || options.Count == 0)
        {
            return null;
        }

        var last = (char)('A' + options.Count - 1);
        var trimmed = answer.Trim();
        foreach (var pattern in (Regex[])[LeadingLetter(), MarkedLetter()])
        {
            var matches = pattern.Matches(trimmed);
            if (matches.Count > 0)
            {
                var letter = char.ToUpperInvariant(matches[^1].Groups["l"].Value[0]);
                if (letter <= last)
                {
                    return letter - 'A';
                }
            }
        }

        var normalized = TextNormalizer.Normalize(trimmed);
        var exact = Enumerable.Range(0, options.Count).Where(i => TextNormalizer.Normalize(options[i]) == normalized).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var contained = Enumerable.Range(0, options.Count)
            .Where(i => TextNormalizer.Normalize(options[i]) is { Length: > 0 } o && $" {normalized} ".Contains($" {o} ", StringComparison.Ordinal))
            .ToList();
        return contained.Count == 1 ? contained[0] : null;
    }

    [GeneratedRegex(@"^(?:\((?<l>[A-Za-z])\)|(?<l>[A-Z])(?:[.:)]|\s*$))")]
    private static partial Regex LeadingLetter();

    [GeneratedRegex(@"(?:answer|option|choice)\s*(?:is|:)?\s*:?\s*\(?(?<l>(?-i:[A-Z]))\)?(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedLetter();
}
