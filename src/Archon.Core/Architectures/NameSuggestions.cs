namespace Archon.Core.Architectures;

/// <summary>"Did you mean" suggestions by edit distance (optimal string alignment, so a swapped pair counts as one edit).</summary>
internal static class NameSuggestions
{
    /// <summary>The closest candidate within a distance that grows with the word's length, or null.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = input.Length switch
        {
            <= 3 => 1,
            <= 8 => 2,
            _ => 3,
        };
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(input.Length - candidate.Length) > limit)
            {
                continue; // the distance is at least the difference in length
            }

            var distance = Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// Ends <paramref name="sentence"/> (given without its full stop) with <c>; did you mean 'x'?</c> when a candidate
    /// is close to <paramref name="input"/>, otherwise with a full stop.
    /// </summary>
    public static string WithSuggestion(string sentence, string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } match ? $"{sentence}; did you mean '{match}'?" : $"{sentence}.";

    /// <summary>Optimal string alignment distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
