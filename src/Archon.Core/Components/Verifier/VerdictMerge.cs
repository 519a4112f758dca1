using Archon.Core.Candidates;
using Archon.Core.Components.Shared;

namespace Archon.Core.Components.Verifier;

/// <summary>
/// Merges several verifiers. A candidate fails when any verifier failed it (a verifier that dropped it failed it;
/// a copy without a verdict, e.g. after a failed call, counts as not judged). The candidates no verifier failed are
/// kept in incoming order; when every candidate failed, all are kept (as a single verifier does). Each kept
/// candidate carries one verdict: passed when all its verdicts passed, reasonings joined by new lines, models by <c>+</c>.
/// </summary>
internal static class VerdictMerge
{
    public static IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs)
    {
        var byId = AnnotatedCopies.ById(outputs);
        var all = new List<Candidate>(incoming.Count);
        var passed = new List<Candidate>(incoming.Count);
        foreach (var candidate in incoming)
        {
            if (!byId.TryGetValue(candidate.Id, out var copies))
            {
                all.Add(candidate);
                continue;
            }

            var verdicts = copies.Select(c => c.Verdict).OfType<Verdict>().ToArray();
            var merged = verdicts.Length switch
            {
                0 => null,
                1 => verdicts[0],
                _ => new Verdict(
                    verdicts.All(v => v.Passed),
                    string.Join("\n", verdicts.Select(v => v.Reasoning)),
                    string.Join("+", verdicts.Select(v => v.Model))),
            };
            var annotated = copies[0] with { Verdict = merged };
            all.Add(annotated);
            var droppedBySome = copies.Count < outputs.Count;
            if (!droppedBySome && merged is null or { Passed: true })
            {
                passed.Add(annotated);
            }
        }

        return passed.Count > 0 ? passed : all;
    }
}
