using System.Globalization;
using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Models;
using Archon.Core.Text;

namespace Archon.Core.Execution;

/// <summary>
/// An architecture checked once against a runner's registry and model catalog, with its components created and its
/// models resolved: what a host validates at its edge and then runs as often as it likes (one query, or every item of
/// a benchmark run) without checking or resolving again. Immutable; components hold no per-query state.
/// </summary>
public sealed class ResolvedArchitecture
{
    private ResolvedArchitecture(
        ArchitectureConfig config,
        IReadOnlyList<IReadOnlyList<IArchitectureComponent>> layers,
        IReadOnlyDictionary<string, ResolvedModel> models,
        object? resolvedBy)
    {
        Config = config;
        Layers = layers;
        Models = models;
        ResolvedBy = resolvedBy;
    }

    /// <summary>The architecture as configured.</summary>
    public ArchitectureConfig Config { get; }

    /// <summary>The created components, layer by layer (empty when nothing was resolved).</summary>
    internal IReadOnlyList<IReadOnlyList<IArchitectureComponent>> Layers { get; }

    /// <summary>Each model name the components use, resolved.</summary>
    internal IReadOnlyDictionary<string, ResolvedModel> Models { get; }

    /// <summary>The runner whose registry and catalog resolved it; null when it only carries the config.</summary>
    internal object? ResolvedBy { get; }

    /// <summary>The config alone, not yet checked: a runner checks and resolves it when it runs it.</summary>
    public static ResolvedArchitecture Unresolved(ArchitectureConfig architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        return new ResolvedArchitecture(architecture, [], new Dictionary<string, ResolvedModel>(), resolvedBy: null);
    }

    /// <summary>Every reason the architecture cannot run, each starting with its JSON path; empty when it can.</summary>
    internal static IReadOnlyList<string> FindProblems(ArchitectureConfig architecture, ComponentRegistry registry, IModelResolver resolver) =>
        Check(architecture, registry, resolver, out _);

    /// <summary>Checks the architecture and creates its components, on behalf of <paramref name="resolvedBy"/>.</summary>
    /// <exception cref="InvalidArchitectureException">The architecture cannot run.</exception>
    internal static ResolvedArchitecture Create(ArchitectureConfig architecture, ComponentRegistry registry, IModelResolver resolver, object resolvedBy)
    {
        var problems = Check(architecture, registry, resolver, out var models);
        if (problems.Count > 0)
        {
            throw new InvalidArchitectureException(problems);
        }

        var layers = new IReadOnlyList<IArchitectureComponent>[architecture.Layers.Count];
        for (var l = 0; l < layers.Length; l++)
        {
            layers[l] = [.. architecture.Layers[l].Components.Select(registry.Create)];
        }

        return new ResolvedArchitecture(architecture, layers, models, resolvedBy);
    }

    // One pass: each component's type is looked up and its model resolved once, the problems collected as it goes.
    private static List<string> Check(
        ArchitectureConfig architecture, ComponentRegistry registry, IModelResolver resolver, out Dictionary<string, ResolvedModel> models)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        models = new Dictionary<string, ResolvedModel>(StringComparer.Ordinal);
        var problems = new List<string>();
        if (architecture.Layers is not { Count: > 0 })
        {
            problems.Add("$.layers: the architecture has no layers.");
            return problems;
        }

        for (var l = 0; l < architecture.Layers.Count; l++)
        {
            var components = architecture.Layers[l]?.Components;
            if (components is not { Count: > 0 })
            {
                problems.Add(Invariant($"$.layers[{l}]: the layer has no components."));
                continue;
            }

            for (var c = 0; c < components.Count; c++)
            {
                var component = components[c];
                var path = architecture.Layers[l].LegacyForm
                    ? Invariant($"$.layers[{l}].models[{c}]")
                    : Invariant($"$.layers[{l}][{c}]");
                if (!registry.Contains(component.Type))
                {
                    problems.Add(Invariant(
                        $"{path}.type: no component type '{ClippedText.Clip(component.Type)}' is registered (known: {string.Join(", ", registry.Types.Order(StringComparer.Ordinal))})."));
                }

                if (ModelNameRule.Problem(component.Model) is { } problem)
                {
                    problems.Add($"{path}.model: 'model' {problem}.");
                }
                else if (resolver.Resolve(component.Model, component.ModelType) is { } model)
                {
                    models.TryAdd(component.Model, model);
                }
                else
                {
                    problems.Add(Invariant($"{path}.model: model '{component.Model}' is not in the model catalog."));
                }
            }
        }

        return problems;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
