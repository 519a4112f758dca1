using Archon.Core.Components;
using Archon.Core.Models;

namespace Archon.Core.Architectures;

/// <summary>What the validator checks an architecture against.</summary>
public sealed record ArchitectureValidationContext
{
    /// <summary>No model check; only the seven built-in component types are accepted.</summary>
    public static ArchitectureValidationContext Default { get; } = new();

    /// <summary>
    /// Model names the catalog can resolve. Null means models are not checked (e.g. when every model will be
    /// simulated).
    /// </summary>
    public IReadOnlyCollection<string>? KnownModels { get; init; }

    /// <summary>
    /// Whether the catalog can serve a model name with the config's <c>model_type</c> hint (names, aliases and
    /// <c>modelTypes</c> routing). When set it decides instead of <see cref="KnownModels"/>, which then only feeds
    /// the "did you mean" suggestions.
    /// </summary>
    public Func<string, string?, bool>? ModelExists { get; init; }

    /// <summary>
    /// Component type names that may appear in addition to the seven built-in ones (normally
    /// <see cref="ComponentRegistry.Types"/>). Null means only the built-in types.
    /// </summary>
    public IReadOnlyCollection<string>? ComponentTypes { get; init; }

    /// <summary>A context accepting the registry's types and, when given, checking models against <paramref name="knownModels"/>.</summary>
    public static ArchitectureValidationContext For(ComponentRegistry registry, IEnumerable<string>? knownModels = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return new ArchitectureValidationContext
        {
            ComponentTypes = [.. registry.Types],
            KnownModels = knownModels is null ? null : [.. knownModels],
        };
    }

    /// <summary>
    /// A context accepting the registry's types and checking models the way <paramref name="models"/> resolves them
    /// (<see cref="IModelResolver.CanResolve"/>: names, aliases, <c>model_type</c> routing, any name when simulating).
    /// </summary>
    public static ArchitectureValidationContext For(ComponentRegistry registry, IModelResolver models)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(models);
        return new ArchitectureValidationContext
        {
            ComponentTypes = [.. registry.Types],
            KnownModels = [.. models.ModelNames],
            ModelExists = models.CanResolve,
        };
    }
}
