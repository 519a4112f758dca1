using System.Text.RegularExpressions;

namespace Archon.Infra.Tests.Support;

/// <summary>The settings table of docs/deploy.md: setting name to what it says about Azure.</summary>
internal static partial class DeployDoc
{
    public static string Path => RepoPaths.Combine("docs", "deploy.md");

    /// <summary>Rows of the table under the "## Settings" heading: <c>| `Name` | status … |</c>.</summary>
    public static IReadOnlyDictionary<string, string> SettingsTable()
    {
        var text = File.ReadAllText(Path);
        var start = text.IndexOf("\n## Settings", StringComparison.Ordinal);
        if (start < 0)
        {
            return new Dictionary<string, string>();
        }

        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = text[start..(end < 0 ? text.Length : end)];
        return RowRegex().Matches(section).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\|\s*`([^`]+)`\s*\|\s*([^|]+)\|", RegexOptions.Multiline)]
    private static partial Regex RowRegex();
}
