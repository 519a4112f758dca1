namespace Archon.Core.Architectures;

/// <summary>How serious an <see cref="ArchitectureDiagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The architecture cannot be run as written.</summary>
    Error,

    /// <summary>The architecture runs, but something is probably not what the author meant (e.g. a misspelled key).</summary>
    Warning,
}
