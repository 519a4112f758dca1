using Archon.Core.Candidates;

namespace Archon.Core.Components.Ranker;

/// <summary>
/// Merges several rankers' orders by Borda count: with K the longest returned list, a candidate at 0-based position
/// p of a ranker's list scores K − p, and 0 where that ranker did not keep it. The merged list holds the K
/// best-scoring candidates, ties broken by the order in which the rankers (in component order) first list them, so
/// the result is deterministic. Ranks are renumbered 1..K.
/// </summary>
internal static class RankingMerge
{
    public static IReadOnlyList<Candidate> Merge(IReadOnlyList<ComponentOutput> outputs)
    {
        var keep = outputs.Max(o => o.Candidates.Count);
        var scores = new Dictionary<string, (Candidate Candidate, int Score, int FirstSeen)>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            for (var p = 0; p < output.Candidates.Count; p++)
            {
                var candidate = output.Candidates[p];
                scores[candidate.Id] = scores.TryGetValue(candidate.Id, out var entry)
                    ? entry with { Score = entry.Score + keep - p }
                    : (candidate, keep - p, scores.Count);
            }
        }

        return scores.Values
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.FirstSeen)
            .Take(keep)
            .Select((e, i) => e.Candidate with { Rank = i + 1 })
            .ToArray();
    }
}
