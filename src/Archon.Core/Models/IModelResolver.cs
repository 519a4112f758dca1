namespace Archon.Core.Models;

/// <summary>Resolves catalog model names to ready chat clients.</summary>
public interface IModelResolver
{
    /// <summary>Resolves <paramref name="name"/>, or returns null when the catalog has no such model.</summary>
    ResolvedModel? Resolve(string name);

    /// <summary>The model names this resolver knows.</summary>
    IReadOnlyCollection<string> ModelNames { get; }
}
