using System.Globalization;
using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Scoring;

/// <summary>GSM8K: the number after <c>####</c> in the reference vs the number the answer commits to.</summary>
internal sealed class Gsm8kScorer : IScorer
{
    public Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var expected = NumericAnswer.Parse(item.References[0]);
        var got = NumericAnswer.Extract(answers.Count > 0 ? answers[^1] : null);
        var correct = got is not null && expected is not null && got.Value == expected.Value;
        var detail = string.Create(CultureInfo.InvariantCulture, $"extracted {got?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, expected {item.References[0]}");
        return Task.FromResult(ItemScore.Exact(correct, detail));
    }
}
