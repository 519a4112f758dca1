namespace Archon.Core.Architectures;

/// <summary>One problem found while loading or validating an architecture config.</summary>
/// <param name="Severity">Error (cannot run) or warning (runs, but check it).</param>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.layers[1][0].samples</c>; <c>$</c> for the whole document.</param>
/// <param name="Message">A plain sentence naming the field and the rule.</param>
public sealed record ArchitectureDiagnostic(DiagnosticSeverity Severity, string Path, string Message)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Creates an error.</summary>
    public static ArchitectureDiagnostic Error(string path, string message) => new(DiagnosticSeverity.Error, path, message);

    /// <summary>Creates a warning.</summary>
    public static ArchitectureDiagnostic Warning(string path, string message) => new(DiagnosticSeverity.Warning, path, message);

    /// <summary>One line for consoles and logs: <c>error $.layers[0][0].samples: …</c>.</summary>
    public override string ToString() =>
        $"{(IsError ? "error" : "warning")} {Path}: {Message}";
}
