using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;

namespace Archon.Workflows.Benchmarks;

/// <summary>Scores plain question/answer items (no dataset kind) with <see cref="ItemScorer"/>.</summary>
internal sealed class AnswerLineScorer : IScorer
{
    public static AnswerLineScorer Instance { get; } = new();

    public Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var expected = item.References.Count > 0 ? item.References[0] : null;
        var reply = answers.Count > 0 ? answers[^1] : string.Empty;
        if (expected is null)
        {
            return Task.FromResult(new ItemScore { Score = 0, Detail = "no expected answer" });
        }

        var correct = ItemScorer.Score(reply, expected) == 1;
        return Task.FromResult(ItemScore.Exact(correct, $"extracted '{ItemScorer.Extract(reply).Trim()}', expected '{expected}'"));
    }
}
