using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Perf;

/// <summary>Scores a point from its axes alone, so a scenario times the strategies and not models.</summary>
internal sealed class ArithmeticTrialEvaluator : ITrialEvaluator
{
    public int SearchItems => 10;

    public Task<TrialMeasurement> EvaluateAsync(FeasiblePoint point, int items, TrialBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        var p = point.Point;
        var score = (3.0 * p.TopK) + Math.Log(p.Samples) + (p.CriticRanker ? 4 : 0) - Math.Abs(p.FuserTemperature - 0.6);
        return Task.FromResult(new TrialMeasurement(score, 0, items, 0m, 0, point.Estimate.CallsPerQuery, 0, 0, 0m));
    }
}
