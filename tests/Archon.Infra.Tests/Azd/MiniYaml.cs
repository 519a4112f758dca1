namespace Archon.Infra.Tests.Azd;

/// <summary>
/// Reads the block-mapping subset of YAML that azure.yaml uses (nested <c>key: value</c>, comments) into dotted
/// paths such as <c>services.functions.host</c>. Sequences and flow style are not supported (azure.yaml has none).
/// </summary>
internal static class MiniYaml
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = new List<(int Indent, string Key)>();
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = rawLine.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var indent = rawLine.Length - trimmed.Length;
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || trimmed.StartsWith('-'))
            {
                throw new FormatException($"Unsupported YAML line: {rawLine}");
            }

            while (path.Count > 0 && path[^1].Indent >= indent)
            {
                path.RemoveAt(path.Count - 1);
            }

            var key = trimmed[..colon].Trim();
            var value = trimmed[(colon + 1)..].Trim();
            path.Add((indent, key));
            if (value.Length > 0)
            {
                values[string.Join('.', path.Select(p => p.Key))] = Unquote(value);
            }
        }

        return values;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
