using System.Text.RegularExpressions;

namespace Archon.Infra.Tests.Bicep;

/// <summary>
/// A Bicep file read the way a reviewer reads it: parameters, outputs, modules, resources and the keys of object
/// literals. Not a compiler; enough to hold the templates to the app and catch structural slips.
/// </summary>
internal sealed partial class BicepFile
{
    private BicepFile(string path, string source)
    {
        FilePath = path;
        Source = source.Replace("\r\n", "\n", StringComparison.Ordinal);
        Sanitized = BicepScanner.Sanitize(Source);
    }

    public string FilePath { get; }

    public string Source { get; }

    /// <summary>The source with comments and string contents blanked (same offsets).</summary>
    public string Sanitized { get; }

    public string? TargetScope => TargetScopeRegex().Match(Source) is { Success: true } m ? m.Groups[1].Value : null;

    public IReadOnlyList<BicepParam> Params =>
        [.. ParamRegex().Matches(Sanitized).Select(m => new BicepParam(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Success))];

    public IReadOnlyList<string> Outputs => [.. OutputRegex().Matches(Sanitized).Select(m => m.Groups[1].Value)];

    public IReadOnlyList<BicepModule> Modules =>
        [.. ModuleRegex().Matches(Source).Select(m =>
        {
            var body = BlockAfter(m.Index + m.Value.LastIndexOf('{'));
            var passed = KeysOfMember(body, "params");
            return new BicepModule(m.Groups[1].Value, m.Groups[2].Value, passed, Source.Substring(body.Start, body.Length));
        })];

    public IReadOnlyList<BicepResource> Resources =>
        [.. ResourceRegex().Matches(Source).Select(m =>
        {
            var body = BlockAfter(m.Index + m.Value.LastIndexOf('{'));
            return new BicepResource(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Success, Source.Substring(body.Start, body.Length));
        })];

    public static BicepFile Load(string path) => new(path, File.ReadAllText(path));

    public static BicepFile Parse(string source, string path = "inline.bicep") => new(path, source);

    /// <summary>The top-level keys of the object literal assigned to <c>var <paramref name="name"/> = { … }</c>.</summary>
    public IReadOnlyList<string> VariableObjectKeys(string name)
    {
        var m = Regex.Match(Sanitized, $@"^var\s+{Regex.Escape(name)}\s*=\s*\{{", RegexOptions.Multiline);
        if (!m.Success)
        {
            throw new InvalidOperationException($"{FilePath}: no object variable '{name}'.");
        }

        return KeysOf(BlockAfter(m.Index + m.Length - 1));
    }

    /// <summary>The top-level keys of the object that <paramref name="member"/> holds inside the given block, or none.</summary>
    private IReadOnlyList<string> KeysOfMember(TextSpan block, string member)
    {
        foreach (var (start, depth) in LineStarts(block))
        {
            if (depth != 0)
            {
                continue;
            }

            var line = LineAt(Sanitized, start);
            var m = Regex.Match(line, $@"^\s*{Regex.Escape(member)}\s*:\s*\{{\s*$");
            if (m.Success)
            {
                return KeysOf(BlockAfter(start + line.LastIndexOf('{')));
            }
        }

        return [];
    }

    private IReadOnlyList<string> KeysOf(TextSpan block)
    {
        var keys = new List<string>();
        foreach (var (start, depth) in LineStarts(block))
        {
            if (depth != 0)
            {
                continue;
            }

            var m = KeyRegex().Match(LineAt(Source, start));
            if (m.Success)
            {
                keys.Add(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
            }
        }

        return keys;
    }

    /// <summary>The text between the bracket at <paramref name="openIndex"/> and its match (exclusive).</summary>
    private TextSpan BlockAfter(int openIndex)
    {
        var close = BicepScanner.MatchingClose(Sanitized, openIndex);
        return new TextSpan(openIndex + 1, close);
    }

    /// <summary>Start offset of each line inside the block, with the bracket depth (relative to the block) at that point.</summary>
    private IEnumerable<(int Start, int Depth)> LineStarts(TextSpan block)
    {
        var depth = 0;
        var atLineStart = false;
        for (var i = block.Start; i < block.End; i++)
        {
            var c = Sanitized[i];
            if (atLineStart)
            {
                yield return (i, depth);
                atLineStart = false;
            }

            if (c == '\n')
            {
                atLineStart = true;
            }
            else if (c is '{' or '[' or '(')
            {
                depth++;
            }
            else if (c is '}' or ']' or ')')
            {
                depth--;
            }
        }
    }

    private static string LineAt(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex(@"^targetScope\s*=\s*'([^']+)'", RegexOptions.Multiline)]
    private static partial Regex TargetScopeRegex();

    [GeneratedRegex(@"^param\s+(\w+)\s+([\w.\[\]]+)(\s*=.*)?$", RegexOptions.Multiline)]
    private static partial Regex ParamRegex();

    [GeneratedRegex(@"^output\s+(\w+)\s+\w+\s*=", RegexOptions.Multiline)]
    private static partial Regex OutputRegex();

    [GeneratedRegex(@"^module\s+(\w+)\s+'([^']+)'\s*=[^\n]*\{[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ModuleRegex();

    [GeneratedRegex(@"^resource\s+(\w+)\s+'([^'@]+)@([^']+)'\s*(existing\s*)?=[^\n]*\{[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ResourceRegex();

    [GeneratedRegex(@"^\s*(?:'([^']*)'|([A-Za-z_]\w*))\s*:")]
    private static partial Regex KeyRegex();
}
