using System.Text.RegularExpressions;

namespace Archon.Benchmarks.Scoring;

/// <summary>Pulls the program out of a markdown reply.</summary>
public static partial class CodeExtractor
{
    /// <summary>
    /// The code of the fenced block that defines <paramref name="entryPoint"/> (python-tagged blocks first), else
    /// the first python block, else the first fenced block, else the whole reply.
    /// </summary>
    public static string Extract(string? reply, string? entryPoint)
    {
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

        var ordered = blocks.Where(b => b.Lang is "python" or "py" or "python3").Concat(blocks.Where(b => b.Lang is not ("python" or "py" or "python3"))).ToList();
        if (entryPoint is not null)
        {
            var defining = ordered.FirstOrDefault(b => b.Code.Contains($"def {entryPoint}", StringComparison.Ordinal));
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
