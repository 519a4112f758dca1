using Archon.Core.Candidates;
using Archon.Core.Components.Shared;

namespace Archon.Core.Components.UnitTestEvaluator;

/// <summary>
/// Merges several unit-test evaluators: each candidate carries every evaluator's per-test results concatenated (in
/// component order), and the candidates are ranked by the total number of tests passed, ties kept in incoming order.
/// Ranks are renumbered 1..n.
/// </summary>
internal static class UnitTestMerge
{
    public static IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs)
    {
        var byId = AnnotatedCopies.ById(outputs);
        return incoming
            .Select(candidate => byId.TryGetValue(candidate.Id, out var copies)
                ? copies[0] with
                {
                    UnitTestResults = copies.SelectMany(c => c.UnitTestResults ?? []).ToArray(),
                }
                : candidate)
            .Select((candidate, order) => (Candidate: candidate, Order: order))
            .OrderByDescending(e => e.Candidate.UnitTestsPassed ?? -1)
            .ThenBy(e => e.Order)
            .Select((e, i) => e.Candidate with { Rank = i + 1 })
            .ToArray();
    }
}
