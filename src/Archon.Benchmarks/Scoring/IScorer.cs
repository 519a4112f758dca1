using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Scoring;

/// <summary>Scores an architecture's answers to one item. Implementations never throw for bad answers.</summary>
public interface IScorer
{
    /// <summary>
    /// Scores <paramref name="answers"/> (one per turn of <paramref name="item"/>). Throws only on cancellation or
    /// when the scorer itself cannot work (e.g. a judge is required but missing); the evaluator records that as the
    /// item's error.
    /// </summary>
    Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken);
}
