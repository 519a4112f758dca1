using Archon.Core.Candidates;

namespace Archon.Core.Components.Shared;

/// <summary>Groups the annotated copies several components returned of the same candidate, by candidate id, in component order.</summary>
internal static class AnnotatedCopies
{
    public static Dictionary<string, List<Candidate>> ById(IReadOnlyList<ComponentOutput> outputs)
    {
        var byId = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            foreach (var candidate in output.Candidates)
            {
                if (!byId.TryGetValue(candidate.Id, out var copies))
                {
                    byId[candidate.Id] = copies = [];
                }

                copies.Add(candidate);
            }
        }

        return byId;
    }
}
