using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Components.BuiltIn;

namespace Archon.Core.Execution;

/// <summary>
/// Combines the outputs of a layer's components into the one list of candidates the next layer receives: a pure
/// function of the layer's type, the candidates it received and its components' outputs, so an engine that runs
/// components elsewhere (one activity per component run) combines exactly as the in-process runner does.
/// <list type="bullet">
/// <item>no output (every component failed): the incoming candidates pass on;</item>
/// <item>one output: that component's candidates pass on;</item>
/// <item>several outputs: the kind's merge rule (<see cref="IComponentKind.Merge"/>; concatenation for a type
/// registered without one).</item>
/// </list>
/// The unit tests of all outputs are collected in component order without repeats.
/// </summary>
public static class LayerCombiner
{
    // Built on first use of the registry-less overload only: the runner always passes its own registry.
    private static readonly Lazy<ComponentRegistry> BuiltIn = new(() => BuiltInComponents.CreateRegistry());

    /// <summary>Combines with the merge rules of the seven built-in kinds (other types concatenate).</summary>
    /// <param name="type">The layer's component type.</param>
    /// <param name="incoming">The candidates the layer received.</param>
    /// <param name="outputs">The outputs of the components that finished, in component order.</param>
    public static LayerOutcome Combine(string type, IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        Combine(BuiltIn.Value, type, incoming, outputs);

    /// <summary>Combines with the merge rules of the kinds in <paramref name="registry"/>.</summary>
    public static LayerOutcome Combine(
        ComponentRegistry registry, string type, IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(outputs);
        var tests = CollectTests(outputs);
        var candidates = outputs.Count switch
        {
            0 => incoming,
            1 => outputs[0].Candidates,
            _ => registry.Merge(type, incoming, outputs),
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
