using Archon.Search.Driver;

namespace Archon.Workflows.Searches;

/// <summary>
/// The best trial: highest score, then fewest model calls (cached or not, so the choice does not depend on what the
/// response cache happened to hold), then lowest cost, then earliest. A space search compares full evaluations only (a
/// subsample never stands for the whole item set) unless it stopped before any full evaluation completed.
/// </summary>
internal static class SearchBest
{
    public static TrialRecord? Of(IReadOnlyList<TrialRecord> trials, int searchItems)
    {
        var completed = trials.Where(t => t.Status == TrialStatus.Completed).ToList();
        var full = completed.Where(t => t.Items >= searchItems).ToList();
        return (full.Count > 0 ? full : completed)
            .OrderByDescending(t => t.RunScore).ThenBy(t => t.CallsMade).ThenBy(t => t.UsdSpent).ThenBy(t => t.Index).FirstOrDefault();
    }
}
