namespace Archon.Core.Architectures;

/// <summary>The outcome of loading an architecture config.</summary>
/// <param name="Architecture">
/// The loaded architecture, or null when the text is not JSON or its root is not an object. It can be non-null while
/// <see cref="Succeeded"/> is false: values of the wrong kind are reported and replaced by their defaults so that the
/// rest of the config can still be checked.
/// </param>
/// <param name="Diagnostics">Every problem found, errors and warnings, in document order.</param>
public sealed record ArchitectureLoadResult(ArchitectureConfig? Architecture, IReadOnlyList<ArchitectureDiagnostic> Diagnostics)
{
    /// <summary>True when an architecture was produced and no diagnostic is an error.</summary>
    public bool Succeeded => Architecture is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The error diagnostics only.</summary>
    public IEnumerable<ArchitectureDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The warning diagnostics only.</summary>
    public IEnumerable<ArchitectureDiagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
