using System.Globalization;
using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Models;

namespace Archon.Core.Execution;

/// <summary>An architecture checked against the registry and the catalog, with its components created and models resolved.</summary>
internal sealed record PreparedArchitecture(
    IReadOnlyList<IReadOnlyList<IArchitectureComponent>> Layers,
    IReadOnlyDictionary<string, ResolvedModel> Models)
{
    /// <summary>Every reason the architecture cannot run, each starting with its JSON path; empty when it can.</summary>
    public static IReadOnlyList<string> FindProblems(ArchitectureConfig architecture, ComponentRegistry registry, IModelResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(architecture);
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
                        $"{path}.type: no component type '{component.Type}' is registered (known: {string.Join(", ", registry.Types.Order(StringComparer.Ordinal))})."));
                }

                if (resolver.Resolve(component.Model, component.ModelType) is null)
                {
                    problems.Add(Invariant($"{path}.model: model '{component.Model}' is not in the model catalog."));
                }
            }
        }

        return problems;
    }

    /// <summary>Checks the architecture and creates its components.</summary>
    /// <exception cref="InvalidArchitectureException">The architecture cannot run.</exception>
    public static PreparedArchitecture Create(ArchitectureConfig architecture, ComponentRegistry registry, IModelResolver resolver)
    {
        var problems = FindProblems(architecture, registry, resolver);
        if (problems.Count > 0)
        {
            throw new InvalidArchitectureException(problems);
        }

        var models = new Dictionary<string, ResolvedModel>(StringComparer.Ordinal);
        var layers = new IReadOnlyList<IArchitectureComponent>[architecture.Layers.Count];
        for (var l = 0; l < layers.Length; l++)
        {
            var configs = architecture.Layers[l].Components;
            var components = new IArchitectureComponent[configs.Count];
            for (var c = 0; c < components.Length; c++)
            {
                components[c] = registry.Create(configs[c]);
                if (!models.ContainsKey(configs[c].Model))
                {
                    models[configs[c].Model] = resolver.Resolve(configs[c].Model, configs[c].ModelType)!;
                }
            }

            layers[l] = components;
        }

        return new PreparedArchitecture(layers, models);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
