using Archon.Core.Candidates;
using Archon.Core.Components.Shared;

namespace Archon.Core.Components.Critic;

/// <summary>
/// Merges several critics: the candidates keep the incoming order and each carries one critique whose strengths and
/// weaknesses are the critics' texts joined by new lines (in component order) and whose model names every critic's
/// model joined by <c>+</c>.
/// </summary>
internal static class CritiqueMerge
{
    public static IReadOnlyList<Candidate> Merge(IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs)
    {
        var byId = AnnotatedCopies.ById(outputs);
        return incoming.Select(candidate =>
        {
            if (!byId.TryGetValue(candidate.Id, out var copies))
            {
                return candidate;
            }

            var critiques = copies.Select(c => c.Critique).OfType<Critique>().ToArray();
            var merged = critiques.Length switch
            {
                0 => candidate.Critique,
                1 => critiques[0],
                _ => new Critique(
                    string.Join("\n", critiques.Select(c => c.Strengths)),
                    string.Join("\n", critiques.Select(c => c.Weaknesses)),
                    string.Join("+", critiques.Select(c => c.Model))),
            };
            return copies[0] with { Critique = merged };
        }).ToArray();
    }
}
