using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Scoring;

/// <summary>
/// Assembles the C# program for a MultiPL-E item from the reply: the prompt's (and the reply's) using directives,
/// the class under test — the reply's own <c>class Problem</c>, or the reply's methods inside the prompt's class, or
/// the prompt followed by a body-only completion cut at the item's stop tokens, as MultiPL-E does — and the item's
/// <c>Main</c> moved into a separate tests class that sees the class's static methods through <c>using static</c>.
/// The tests call <c>global::System.Diagnostics.Debug.Assert</c>, so a reply cannot shadow <c>Debug</c>.
/// </summary>
public static partial class CSharpProgram
{
    /// <summary>The class that holds the item's <c>Main</c> in the assembled program.</summary>
    public const string TestsType = "ArchonSandboxTests";

    private static readonly string[] DefaultStops = ["\n    }\n"];

    /// <summary>The program for <paramref name="item"/> and the reply <paramref name="answer"/>; its tests class is <see cref="TestsType"/>.</summary>
    public static string Build(BenchmarkItem item, string answer)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answer);
        var prompt = item.CodePrompt ?? throw new InvalidOperationException($"item '{item.Id}' has no code prompt");
        var tests = item.TestCode ?? throw new InvalidOperationException($"item '{item.Id}' has no tests");
        var entry = item.EntryPoint ?? throw new InvalidOperationException($"item '{item.Id}' has no entry point");
        var className = ClassName().Match(prompt) is { Success: true } m ? m.Groups["name"].Value : "Problem";
        var code = CodeExtractor.Extract(answer, c => c.Contains(entry + "(", StringComparison.Ordinal), CodeExtractor.CSharp);
        var (promptUsings, promptRest) = SplitUsings(prompt);
        var (codeUsings, codeRest) = SplitUsings(code);

        string classUnderTest;
        if (Regex.IsMatch(codeRest, $@"\bclass\s+{Regex.Escape(className)}\b"))
        {
            classUnderTest = codeRest;
        }
        else if (codeRest.Contains(entry + "(", StringComparison.Ordinal))
        {
            classUnderTest = ClassHeader(promptRest) + codeRest + "\n}\n";
        }
        else
        {
            classUnderTest = promptRest + Balance(CutAtStop(codeRest, Stops(item))) + "\n    }\n}\n";
        }

        var sb = new StringBuilder();
        foreach (var u in promptUsings.Concat(codeUsings).Distinct(StringComparer.Ordinal))
        {
            sb.Append(u).Append('\n');
        }

        sb.Append("using static ").Append(className).Append(";\n");
        sb.Append(classUnderTest).Append("\n\n");
        sb.Append("internal static class ").Append(TestsType).Append("\n{\n").Append(TestsMain(tests)).Append("\n}\n");
        return sb.ToString();
    }

    /// <summary>The tests without the method-closing brace before <c>Main</c> and the class-closing brace after it.</summary>
    internal static string TestsMain(string tests)
    {
        var lines = tests.Split('\n').ToList();
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        if (first >= 0 && lines[first].Trim() == "}")
        {
            lines.RemoveAt(first);
        }

        var last = lines.FindLastIndex(l => l.Trim().Length > 0);
        if (last >= 0 && lines[last].Trim() == "}")
        {
            lines.RemoveAt(last);
        }

        return DebugAssert().Replace(string.Join('\n', lines), "global::System.Diagnostics.Debug.Assert(");
    }

    private static (List<string> Usings, string Code) SplitUsings(string code)
    {
        var usings = new List<string>();
        var rest = new List<string>();
        var inHeader = true;
        foreach (var line in code.Split('\n'))
        {
            var trimmed = line.Trim();
            if (inHeader && UsingDirective().IsMatch(trimmed))
            {
                usings.Add(trimmed);
                continue;
            }

            if (trimmed.Length > 0 && !trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                inHeader = false;
            }

            rest.Add(line);
        }

        return (usings, string.Join('\n', rest));
    }

    /// <summary>The prompt up to the line that declares the method (the class's opening and its comments).</summary>
    private static string ClassHeader(string promptRest)
    {
        var declarations = MethodLine().Matches(promptRest);
        return declarations.Count == 0 ? promptRest : promptRest[..declarations[^1].Index];
    }

    private static IReadOnlyList<string> Stops(BenchmarkItem item)
    {
        if (item.Metadata.TryGetValue("stop_tokens", out var json))
        {
            try
            {
                var stops = JsonSerializer.Deserialize<string[]>(json);
                if (stops is { Length: > 0 })
                {
                    return stops;
                }
            }
            catch (JsonException)
            {
                // Fall back to MultiPL-E's C# stop token.
            }
        }

        return DefaultStops;
    }

    private static string CutAtStop(string completion, IReadOnlyList<string> stops)
    {
        var cut = completion.Length;
        foreach (var stop in stops)
        {
            var at = completion.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && at < cut)
            {
                cut = at;
            }
        }

        return completion[..cut];
    }

    /// <summary>Drops trailing closing braces a body-only reply added beyond its own openings.</summary>
    private static string Balance(string body)
    {
        var excess = body.Count(c => c == '}') - body.Count(c => c == '{');
        while (excess-- > 0)
        {
            var at = body.LastIndexOf('}');
            body = body.Remove(at, 1);
        }

        return body;
    }

    [GeneratedRegex(@"\bclass\s+(?<name>[A-Za-z_]\w*)")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"^using\s+(?:static\s+)?[A-Za-z_][\w.]*(?:\s*=\s*[\w.<>, ]+)?\s*;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^[ \t]*(?:(?:public|private|internal|protected)\s+)?static\b[^\n=;]*\(", RegexOptions.Multiline)]
    private static partial Regex MethodLine();

    [GeneratedRegex(@"(?<![\w.])Debug\.Assert\(")]
    private static partial Regex DebugAssert();
}
