using System.Globalization;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// Compares a program's standard output with the expected output the way contest judges commonly do: token by token
/// (any whitespace separates tokens, so trailing spaces and blank lines do not matter), tokens equal as text, or both
/// numbers with a decimal point within 1e-6 absolute or relative error.
/// </summary>
public static class OutputComparer
{
    private const double Tolerance = 1e-6;

    /// <summary>Null when <paramref name="actual"/> matches <paramref name="expected"/>, else a short description of the first difference.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var want = expected.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var got = actual.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(want.Length, got.Length); i++)
        {
            if (!TokensMatch(want[i], got[i]))
            {
                return $"token {i + 1}: expected '{Short(want[i])}', got '{Short(got[i])}'";
            }
        }

        return want.Length == got.Length
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"expected {want.Length} tokens, got {got.Length}");
    }

    /// <summary>True when the outputs match.</summary>
    public static bool Matches(string expected, string actual) => FirstDifference(expected, actual) is null;

    private static bool TokensMatch(string want, string got)
    {
        if (string.Equals(want, got, StringComparison.Ordinal))
        {
            return true;
        }

        if ((want.Contains('.', StringComparison.Ordinal) || got.Contains('.', StringComparison.Ordinal))
            && double.TryParse(want, NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && double.TryParse(got, NumberStyles.Float, CultureInfo.InvariantCulture, out var g))
        {
            var diff = Math.Abs(w - g);
            return diff <= Tolerance || diff <= Tolerance * Math.Abs(w);
        }

        return false;
    }

    private static string Short(string token) => token.Length <= 24 ? token : token[..24] + "…";
}
