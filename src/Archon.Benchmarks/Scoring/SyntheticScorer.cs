using System.Globalization;
using Archon.Benchmarks.Datasets;
using Archon.Core.Synthetic;

namespace Archon.Benchmarks.Scoring;

/// <summary>Synthetic tasks: the integer of the answer's last <c>Answer: &lt;integer&gt;</c> line vs the reference.</summary>
internal sealed class SyntheticScorer : IScorer
{
    public Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var expected = long.Parse(item.References[0], CultureInfo.InvariantCulture);
        var got = SyntheticTasks.ExtractAnswer(answers.Count > 0 ? answers[^1] : null);
        var detail = string.Create(CultureInfo.InvariantCulture, $"extracted {(got is null ? "nothing" : got.Value.ToString(CultureInfo.InvariantCulture))}, expected {expected}");
        return Task.FromResult(ItemScore.Exact(got == expected, detail));
    }
}
