using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Tracing;

namespace Archon.Core.Execution;

/// <summary>
/// The pure parts of running a layer as separately scheduled steps: which steps a layer has, how the steps' outputs
/// become the next layer's input, and how a finished query's result is assembled. The in-process
/// <see cref="ArchitectureRunner"/> and an orchestration that runs each step as an activity share these rules, so both
/// give the same answer and the same trace shape.
/// </summary>
public static class LayerSteps
{
    /// <summary>
    /// The steps of <paramref name="layer"/>, in component order: a generator or fuser with several samples runs one
    /// step per sample (each one model call); every other component runs as one step.
    /// </summary>
    public static IReadOnlyList<(int ComponentIndex, int? Sample)> Plan(ArchitectureConfig architecture, int layer)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var steps = new List<(int, int?)>();
        var components = architecture.Layers[layer].Components;
        for (var c = 0; c < components.Count; c++)
        {
            if (RunsPerSample(components[c]))
            {
                for (var s = 0; s < components[c].Samples; s++)
                {
                    steps.Add((c, s));
                }
            }
            else
            {
                steps.Add((c, null));
            }
        }

        return steps;
    }

    /// <summary>
    /// Joins the per-sample outputs of one component (in sample order) into the output its whole run would have
    /// given: the candidates in order, the warnings of every sample.
    /// </summary>
    public static ComponentOutput MergeSamples(IReadOnlyList<ComponentOutput> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 1)
        {
            return samples[0];
        }

        var tests = samples.Where(s => s.UnitTests is not null).SelectMany(s => s.UnitTests!).Distinct(StringComparer.Ordinal).ToArray();
        return new ComponentOutput(samples.SelectMany(s => s.Candidates).ToArray())
        {
            UnitTests = tests.Length == 0 ? null : tests,
            Warnings = samples.SelectMany(s => s.Warnings).ToArray(),
        };
    }

    /// <summary>
    /// Combines a layer's component outputs (those that produced one, in component order) into the candidates and
    /// unit tests the next layer receives, by the layer type's merge rule.
    /// </summary>
    public static (IReadOnlyList<Candidate> Candidates, IReadOnlyList<string> UnitTests) Combine(
        string type, IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs)
    {
        var outcome = LayerCombiner.Combine(type, incoming, outputs);
        return (outcome.Candidates, outcome.UnitTests);
    }

    /// <summary>Assembles the result of a query from its recorded calls, warnings, layers and final candidates.</summary>
    public static QueryResult Assemble(
        IReadOnlyList<CallRecord> calls,
        IReadOnlyList<TraceWarning> warnings,
        IReadOnlyList<LayerTrace> layers,
        IReadOnlyList<Candidate> candidates,
        IReadOnlyList<string> unitTests,
        StopReason stop,
        string? stopDetail,
        TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var ordered = calls.OrderBy(c => c.StartOffset).ToArray();
        var trace = new QueryTrace
        {
            Calls = ordered,
            Warnings = [.. warnings],
            Totals = UsageTotals.Sum(ordered),
            Elapsed = elapsed,
            CriticalPath = CriticalPath.Compute(ordered),
            Layers = [.. layers],
        };
        var final = candidates.Count > 0 ? candidates[0] : null;
        return new QueryResult
        {
            Answer = final?.Text ?? string.Empty,
            Final = final,
            Candidates = candidates,
            UnitTests = unitTests,
            Trace = trace,
            StopReason = stop,
            StopDetail = stop == StopReason.Completed ? null : stopDetail,
            Simulated = ordered.Any(c => c.Simulated) || candidates.Any(c => c.Simulated),
        };
    }

    private static bool RunsPerSample(ComponentConfig component) =>
        component.Samples > 1
        && (string.Equals(component.Type, ComponentTypes.Generator, StringComparison.OrdinalIgnoreCase)
            || string.Equals(component.Type, ComponentTypes.Fuser, StringComparison.OrdinalIgnoreCase));
}
