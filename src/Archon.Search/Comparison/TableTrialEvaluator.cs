using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Search.Comparison;

/// <summary>
/// Answers full evaluations from an exhaustive result instead of running them: with deterministic (simulated) models
/// a full evaluation's score does not depend on when it runs, so this yields the same scores as running, at no cost.
/// It cannot answer subsamples or count calls (it reports none), so it serves only evaluations-to-best of strategies
/// that evaluate on the full split.
/// </summary>
public sealed class TableTrialEvaluator(ExhaustiveResult table) : ITrialEvaluator
{
    public int SearchItems => table.SearchItems;

    public Task<TrialMeasurement> EvaluateAsync(FeasiblePoint point, int items, TrialBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (items != table.SearchItems)
        {
            throw new InvalidOperationException("a table evaluator answers only full evaluations");
        }

        var score = table.Scores.TryGetValue(point.Key, out var s) ? s : throw new InvalidOperationException($"{point.Key} is not in the exhaustive result");
        return Task.FromResult(new TrialMeasurement(score, 0, items, point.Estimate.UsdPerQuery, 0, point.Estimate.CallsPerQuery, 0, 0, 0m));
    }
}
