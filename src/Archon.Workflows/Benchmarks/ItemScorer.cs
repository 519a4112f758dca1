using System.Globalization;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Scores an answer against the expected one: the answer is the text after the last <c>Answer:</c> line (or the whole
/// reply), compared case-insensitively after trimming spaces and a final period; numbers compare by value.
/// </summary>
internal static class ItemScorer
{
    public static double Score(string reply, string? expected)
    {
        if (expected is null)
        {
            return 0;
        }

        var answer = Normalize(Extract(reply));
        var wanted = Normalize(expected);
        if (decimal.TryParse(answer, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(wanted, NumberStyles.Number, CultureInfo.InvariantCulture, out var b))
        {
            return a == b ? 1 : 0;
        }

        return string.Equals(answer, wanted, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    public static string Extract(string reply)
    {
        var lines = reply.Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            var at = line.IndexOf("Answer:", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return line[(at + "Answer:".Length)..];
            }
        }

        return reply;
    }

    private static string Normalize(string s) => s.Trim().TrimEnd('.').Trim().Replace(",", string.Empty, StringComparison.Ordinal);
}
