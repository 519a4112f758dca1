using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Scoring;

/// <summary>Records answers without scoring them (e.g. to produce a baseline for pairwise judging).</summary>
internal sealed class AnswersOnlyScorer : IScorer
{
    public Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken) =>
        Task.FromResult(new ItemScore { Detail = "answers only: not scored" });
}
