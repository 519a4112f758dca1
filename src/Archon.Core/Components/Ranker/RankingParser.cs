using Archon.Core.Components.Shared;

namespace Archon.Core.Components.Ranker;

/// <summary>Reads a ranker reply <c>{"ranking":[3,1,2]}</c> (or a bare array) into 0-based candidate indices.</summary>
internal static class RankingParser
{
    /// <summary>
    /// Returns the valid ids in the order given, as 0-based indices: out-of-range and repeated ids are skipped.
    /// Null when no JSON ranking with at least one valid id is found.
    /// </summary>
    public static IReadOnlyList<int>? Parse(string? text, int candidateCount) =>
        LenientJson.Read(text, root =>
        {
            if (JsonValues.ArrayOf(root, "ranking") is not { } array)
            {
                return null;
            }

            var seen = new HashSet<int>();
            var order = new List<int>();
            foreach (var item in array.EnumerateArray())
            {
                if (JsonValues.Id(item) is { } id && id >= 1 && id <= candidateCount && seen.Add(id))
                {
                    order.Add(id - 1);
                }
            }

            return order.Count > 0 ? order : null;
        });

    /// <summary>
    /// Completes a partial ranking: the ranked indices first, then every index it left out, in incoming order.
    /// </summary>
    public static IReadOnlyList<int> Complete(IReadOnlyList<int> ranked, int candidateCount)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var order = new List<int>(candidateCount);
        order.AddRange(ranked);
        var present = new HashSet<int>(ranked);
        for (var i = 0; i < candidateCount; i++)
        {
            if (!present.Contains(i))
            {
                order.Add(i);
            }
        }

        return order;
    }
}
