using Archon.Core.Architectures;

namespace Archon.Core.Components;

/// <summary>Creates components of one type from their config. Register factories in a <see cref="ComponentRegistry"/>.</summary>
public interface IComponentFactory
{
    /// <summary>The type name used in JSON configs.</summary>
    string Type { get; }

    /// <summary>Creates a component for one config entry.</summary>
    IArchitectureComponent Create(ComponentConfig config);
}
