using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;

namespace Archon.Search.Tests.Fakes;

/// <summary>Scores 1 when the item's id ends in an even digit and the answer is "ok", else 0.</summary>
internal sealed class AnswerOkScorer : IScorer
{
    public Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken) =>
        Task.FromResult(ItemScore.Exact(answers[^1] == "ok" && (item.Id[^1] - '0') % 2 == 0, null));
}
