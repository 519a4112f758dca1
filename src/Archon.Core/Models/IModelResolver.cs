namespace Archon.Core.Models;

/// <summary>Resolves catalog model names to ready chat clients.</summary>
public interface IModelResolver
{
    /// <summary>Resolves <paramref name="name"/>, or returns null when the catalog has no such model.</summary>
    ResolvedModel? Resolve(string name);

    /// <summary>
    /// Resolves <paramref name="name"/> with the original config format's <c>model_type</c> hint (e.g.
    /// <c>Together_API</c>), which lets a catalog entry listing that type serve names it does not list. Resolvers
    /// without such entries ignore the hint.
    /// </summary>
    ResolvedModel? Resolve(string name, string? modelType) => Resolve(name);

    /// <summary>The model names this resolver knows.</summary>
    IReadOnlyCollection<string> ModelNames { get; }

    /// <summary>
    /// True when <see cref="Resolve(string, string?)"/> would find a model, without building its client (so a missing
    /// API key does not matter here). By default: <paramref name="name"/> is one of <see cref="ModelNames"/>.
    /// </summary>
    bool CanResolve(string name, string? modelType) => ModelNames.Contains(name, StringComparer.OrdinalIgnoreCase);
}
