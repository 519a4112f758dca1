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
    /// a component registry's types). Null means only the built-in types.
    /// </summary>
    public IReadOnlyCollection<string>? ComponentTypes { get; init; }

    /// <summary>
    /// A context accepting <paramref name="componentTypes"/> (normally a registry's types) and, when given, checking
    /// models against <paramref name="knownModels"/>.
    /// </summary>
    public static ArchitectureValidationContext For(IEnumerable<string> componentTypes, IEnumerable<string>? knownModels = null)
    {
        ArgumentNullException.ThrowIfNull(componentTypes);
        return new ArchitectureValidationContext
        {
            ComponentTypes = [.. componentTypes],
            KnownModels = knownModels is null ? null : [.. knownModels],
        };
    }

    /// <summary>
    /// A context accepting <paramref name="componentTypes"/> and checking models the way <paramref name="models"/> resolves
    /// them (<see cref="IModelResolver.CanResolve"/>: names, aliases, <c>model_type</c> routing, any name when simulating).
    /// </summary>
    public static ArchitectureValidationContext For(IEnumerable<string> componentTypes, IModelResolver models)
    {
        ArgumentNullException.ThrowIfNull(componentTypes);
        ArgumentNullException.ThrowIfNull(models);
        return new ArchitectureValidationContext
        {
            ComponentTypes = [.. componentTypes],
            KnownModels = [.. models.ModelNames],
            ModelExists = models.CanResolve,
        };
    }
}
