using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Text;

namespace Archon.Core.Components;

/// <summary>
/// Maps component type names to their kinds (or plain factories). Custom components are registered here and then
/// used by name from JSON configs exactly like the built-in ones.
/// </summary>
public sealed class ComponentRegistry
{
    private readonly Dictionary<string, IComponentFactory> _factories = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Registers (or replaces) a factory for its type name. An <see cref="IComponentKind"/> brings its own merge rule;
    /// a plain factory that replaces a kind keeps that kind's merge rule and streaming, so only how components are
    /// created changes.
    /// </summary>
    public ComponentRegistry Register(IComponentFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factories[factory.Type] = factory is not IComponentKind && KindOf(factory.Type) is { } replaced
            ? new KindWithFactory(replaced, factory)
            : factory;
        return this;
    }

    /// <summary>Registers a factory given as a delegate.</summary>
    public ComponentRegistry Register(string type, Func<ComponentConfig, IArchitectureComponent> create) =>
        Register(new DelegateComponentFactory(type, create));

    /// <summary>True when a factory exists for <paramref name="type"/>.</summary>
    public bool Contains(string type) => _factories.ContainsKey(type);

    /// <summary>All registered type names.</summary>
    public IReadOnlyCollection<string> Types => _factories.Keys;

    /// <summary>Creates the component for <paramref name="config"/>.</summary>
    /// <exception cref="KeyNotFoundException">No factory is registered for the config's type.</exception>
    public IArchitectureComponent Create(ComponentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return _factories.TryGetValue(config.Type, out var factory)
            ? factory.Create(config)
            : throw new KeyNotFoundException($"No component type '{ClippedText.Clip(config.Type)}' is registered.");
    }

    /// <summary>
    /// Merges the outputs of two or more components of <paramref name="type"/> in one layer with the kind's rule;
    /// candidates of a type registered without one (or not registered) are concatenated in component order.
    /// </summary>
    public IReadOnlyList<Candidate> Merge(string type, IReadOnlyList<Candidate> incoming, IReadOnlyList<ComponentOutput> outputs) =>
        KindOf(type) is { } kind ? kind.Merge(incoming, outputs) : ComponentOutput.Concatenate(outputs);

    /// <summary>True when components of <paramref name="type"/> reply with a candidate's text (see <see cref="IComponentKind.RepliesWithCandidateText"/>).</summary>
    public bool RepliesWithCandidateText(string type) => KindOf(type)?.RepliesWithCandidateText ?? false;

    /// <summary>Estimated work of one component (the kind's estimate; <see cref="WorkEstimate.Custom"/> without one).</summary>
    public ComponentWork EstimateWork(ComponentConfig component, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(component);
        return KindOf(component.Type) is { } kind ? kind.EstimateWork(component, flow) : WorkEstimate.Custom(component, flow);
    }

    /// <summary>What a layer passes on (the kind's rule; unchanged without one or for an empty layer).</summary>
    public CandidateFlow PassOn(LayerConfig layer, CandidateFlow flow)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer.Components.Count > 0 && KindOf(layer.Type) is { } kind ? kind.PassOn(layer, flow) : flow;
    }

    private IComponentKind? KindOf(string type) =>
        _factories.TryGetValue(type, out var factory) ? factory as IComponentKind : null;

    private sealed class DelegateComponentFactory(string type, Func<ComponentConfig, IArchitectureComponent> create)
        : IComponentFactory
    {
        public string Type => type;

        public IArchitectureComponent Create(ComponentConfig config) => create(config);
    }
}
