using System.Globalization;
using System.Text.RegularExpressions;
using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Scoring;

/// <summary>Synthetic tasks: the integer on the answer's last <c>Answer: &lt;integer&gt;</c> line vs the reference.</summary>
internal sealed partial class SyntheticScorer : IScorer
{
    public Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var expected = long.Parse(item.References[0], CultureInfo.InvariantCulture);
        var got = Extract(answers.Count > 0 ? answers[^1] : null);
        var detail = string.Create(CultureInfo.InvariantCulture, $"extracted {(got is null ? "nothing" : got.Value.ToString(CultureInfo.InvariantCulture))}, expected {expected}");
        return Task.FromResult(ItemScore.Exact(got == expected, detail));
    }

    /// <summary>The integer of the last <c>Answer: N</c> line, or null.</summary>
    internal static long? Extract(string? response)
    {
        if (response is null)
        {
            return null;
        }

        var matches = AnswerLine().Matches(response);
        return matches.Count > 0 && long.TryParse(matches[^1].Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;
    }

    [GeneratedRegex(@"Answer:\s*(-?\d+)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLine();
}
