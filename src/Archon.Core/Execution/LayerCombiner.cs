using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;

namespace Archon.Core.Execution;

/// <summary>
/// Combines the outputs of a layer's components into the one list of candidates the next layer receives.
/// A layer with one component passes that component's output on. With several components:
/// <list type="bullet">
/// <item>generator, fuser and custom types: the candidates concatenated in component order;</item>
/// <item>ranker: a Borda count over the rankers' orders (see <see cref="RankingMerge"/>);</item>
/// <item>critic: each candidate carries all critics' critiques merged (see <see cref="CritiqueMerge"/>);</item>
/// <item>verifier: a candidate is kept when no verifier failed it (see <see cref="VerdictMerge"/>);</item>
/// <item>unit-test evaluator: per-test results concatenated, ranked by total tests passed (see <see cref="UnitTestMerge"/>);</item>
/// <item>unit-test generator: candidates pass through unchanged; the tests of all components are appended.</item>
/// </list>
/// Outputs of failed components are absent from <c>outputs</c>.
/// </summary>
internal static class LayerCombiner
{
    public static LayerOutcome Combine(string type, IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs)
    {
        var tests = CollectTests(outputs);
        if (string.Equals(type, ComponentTypes.UnitTestGenerator, StringComparison.OrdinalIgnoreCase))
        {
            return new LayerOutcome(incoming, tests);
        }

        if (outputs.Count == 0)
        {
            return new LayerOutcome(
                string.Equals(type, ComponentTypes.Generator, StringComparison.OrdinalIgnoreCase) ? [] : incoming,
                tests);
        }

        if (outputs.Count == 1)
        {
            return new LayerOutcome(outputs[0].Candidates, tests);
        }

        IReadOnlyList<Candidate> candidates = type.ToLowerInvariant() switch
        {
            ComponentTypes.Ranker => RankingMerge.Merge(outputs),
            ComponentTypes.Critic => CritiqueMerge.Merge(incoming, outputs),
            ComponentTypes.Verifier => VerdictMerge.Merge(incoming, outputs),
            ComponentTypes.UnitTestEvaluator => UnitTestMerge.Merge(incoming, outputs),
            _ => outputs.SelectMany(o => o.Candidates).ToArray(),
        };
        return new LayerOutcome(candidates, tests);
    }

    private static IReadOnlyList<string> CollectTests(IReadOnlyList<ComponentOutput> outputs)
    {
        List<string>? tests = null;
        foreach (var output in outputs)
        {
            if (output.UnitTests is not { Count: > 0 } produced)
            {
                continue;
            }

            tests ??= [];
            foreach (var test in produced)
            {
                if (!tests.Contains(test, StringComparer.Ordinal))
                {
                    tests.Add(test);
                }
            }
        }

        return tests ?? (IReadOnlyList<string>)[];
    }
}
