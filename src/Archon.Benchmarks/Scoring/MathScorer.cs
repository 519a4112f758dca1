using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Scoring;

/// <summary>MATH: the last <c>\boxed{…}</c> of the answer vs the reference, after LaTeX normalisation.</summary>
internal sealed class MathScorer : IScorer
{
    public Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var reference = item.References[0];
        var boxed = LatexAnswer.LastBoxed(answers.Count > 0 ? answers[^1] : null);
        if (boxed is null)
        {
            return Task.FromResult(ItemScore.Exact(false, $"no \\boxed{{}} answer; expected {reference}"));
        }

        var correct = LatexAnswer.Equivalent(boxed, reference);
        return Task.FromResult(ItemScore.Exact(correct, $"extracted {boxed}, expected {reference}"));
    }
}
