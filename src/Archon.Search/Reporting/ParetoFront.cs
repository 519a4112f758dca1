using Archon.Search.Driver;

namespace Archon.Search.Reporting;

/// <summary>The trials no other trial beats on score, dollars per query and p95 latency at once (full evaluations only).</summary>
public static class ParetoFront
{
    /// <summary>Non-dominated full-evaluation trials (one per point), best score first.</summary>
    public static IReadOnlyList<TrialRecord> Of(IEnumerable<TrialRecord> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var full = FullTrials(trials);
        return full.Where(t => !full.Any(o => Dominates(o, t))).OrderByDescending(t => t.Score).ThenBy(t => t.UsdPerQuery).ToList();
    }

    /// <summary>The last full evaluation of each point (a smaller subsample never stands for the whole split).</summary>
    public static List<TrialRecord> FullTrials(IEnumerable<TrialRecord> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var list = trials.ToList();
        var full = list.Where(t => t.FullEquivalent >= 1 - 1e-9).ToList();
        return full.GroupBy(t => t.PointIndex).Select(g => g.Last()).ToList();
    }

    /// <summary>True when <paramref name="a"/> is at least as good as <paramref name="b"/> everywhere and better somewhere.</summary>
    public static bool Dominates(TrialRecord a, TrialRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var noWorse = a.Score >= b.Score && a.UsdPerQuery <= b.UsdPerQuery && a.P95LatencyMs <= b.P95LatencyMs;
        var better = a.Score > b.Score || a.UsdPerQuery < b.UsdPerQuery || a.P95LatencyMs < b.P95LatencyMs;
        return noWorse && better;
    }

    /// <summary>The best full evaluation by objective (ties: cheaper, then earlier), or null when none is full.</summary>
    public static TrialRecord? Best(IEnumerable<TrialRecord> trials) =>
        FullTrials(trials).OrderByDescending(t => t.Objective).ThenBy(t => t.UsdPerQuery).ThenBy(t => t.Number).FirstOrDefault();
}
