using Archon.Core.Architectures;

namespace Archon.Core.Components;

/// <summary>
/// Maps component type names to factories. Custom components are registered here and then used by name from
/// JSON configs exactly like the built-in ones.
/// </summary>
public sealed class ComponentRegistry
{
    private readonly Dictionary<string, IComponentFactory> _factories = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers (or replaces) a factory for its type name.</summary>
    public ComponentRegistry Register(IComponentFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factories[factory.Type] = factory;
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
            : throw new KeyNotFoundException($"No component type '{config.Type}' is registered.");
    }

    private sealed class DelegateComponentFactory(string type, Func<ComponentConfig, IArchitectureComponent> create)
        : IComponentFactory
    {
        public string Type => type;

        public IArchitectureComponent Create(ComponentConfig config) => create(config);
    }
}
