using System.Text.RegularExpressions;

namespace Archon.Benchmarks.Scoring;

/// <summary>Pulls the program out of a markdown reply.</summary>
public static partial class CodeExtractor
{
    /// <summary>Fence tags of Python blocks.</summary>
    public static IReadOnlyList<string> Python { get; } = ["python", "py", "python3"];

    /// <summary>Fence tags of C# blocks.</summary>
    public static IReadOnlyList<string> CSharp { get; } = ["csharp", "cs", "c#"];

    /// <summary>
    /// The code of the fenced block that defines <paramref name="entryPoint"/> (python-tagged blocks first), else
    /// the first python block, else the first fenced block, else the whole reply.
    /// </summary>
    public static string Extract(string? reply, string? entryPoint) =>
        Extract(reply, entryPoint is null ? null : code => code.Contains($"def {entryPoint}", StringComparison.Ordinal), Python);

    /// <summary>
    /// The code of the first fenced block (blocks tagged with one of <paramref name="languages"/> first) for which
    /// <paramref name="defines"/> holds, else the first of those blocks, else the whole reply.
    /// </summary>
    public static string Extract(string? reply, Func<string, bool>? defines, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (string.IsNullOrEmpty(reply))
        {
            return string.Empty;
        }

        var blocks = Fence().Matches(reply)
            .Select(m => (Lang: m.Groups["lang"].Value.Trim().ToLowerInvariant(), Code: m.Groups["code"].Value))
            .ToList();
        if (blocks.Count == 0)
        {
            return reply;
        }

        var ordered = blocks.Where(b => languages.Contains(b.Lang)).Concat(blocks.Where(b => !languages.Contains(b.Lang))).ToList();
        if (defines is not null)
        {
            var defining = ordered.FirstOrDefault(b => defines(b.Code));
            if (defining.Code is not null)
            {
                return defining.Code;
            }
        }

        return ordered[0].Code;
    }

    [GeneratedRegex(@"```(?<lang>[^\n`]*)\n(?<code>.*?)(?:```|\z)", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
