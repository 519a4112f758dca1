using System.Globalization;
using System.Text;

namespace Archon.Benchmarks.Scoring;

/// <summary>SQuAD-style answer normalisation: lower case, no punctuation, no articles, single spaces.</summary>
public static class TextNormalizer
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the" };

    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            sb.Append(char.IsPunctuation(c) || char.IsSymbol(c) ? ' ' : c);
        }

        var words = sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !Articles.Contains(w));
        return string.Join(' ', words);
    }
}
