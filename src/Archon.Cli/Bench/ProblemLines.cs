using Archon.Core.Architectures;

namespace Archon.Cli.Bench;

/// <summary>
/// Problem lines for the console with each problem once: diagnostics that say the same thing at several places (a
/// model missing from the catalog, used by five components) become one line listing the places.
/// </summary>
internal static class ProblemLines
{
    public static IEnumerable<string> Of(IEnumerable<ArchitectureDiagnostic> diagnostics) =>
        diagnostics
            .GroupBy(d => (d.IsError, d.Message))
            .Select(g => $"{(g.Key.IsError ? "error" : "warning")} {Places(g.Select(d => d.Path))}: {g.Key.Message}");

    /// <summary>Lines for problems written as <c>path: message</c> (the runner's <c>FindProblems</c>).</summary>
    public static IEnumerable<string> Of(IEnumerable<string> problems) =>
        problems
            .Select(p => p.IndexOf(": ", StringComparison.Ordinal) is var i and > 0 ? (Path: p[..i], Message: p[(i + 2)..]) : (Path: string.Empty, Message: p))
            .GroupBy(p => p.Message, StringComparer.Ordinal)
            .Select(g => g.All(p => p.Path.Length == 0) ? g.Key : $"{Places(g.Select(p => p.Path).Where(p => p.Length > 0))}: {g.Key}");

    private static string Places(IEnumerable<string> paths)
    {
        var list = paths.Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 1 ? list[0] : $"{list[0]} (and {string.Join(", ", list.Skip(1))})";
    }
}
