using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Search.Tests.Fakes;

/// <summary>
/// A cheap objective with a known optimum. Score = <c>objective(point)</c> plus, on subsamples, a deterministic
/// perturbation shrinking as 1/√items. Each item "costs" <c>callsPerItem</c> calls, of which items already evaluated
/// for the same point are reused. Can throw after a number of evaluations to simulate a crash.
/// </summary>
internal sealed class FunctionEvaluator(Func<SearchPoint, double> objective, int searchItems = 20, int callsPerItem = 10) : ITrialEvaluator
{
    private readonly Dictionary<string, int> _seenItems = [];

    public int SearchItems => searchItems;

    public int Evaluations { get; private set; }

    public int? CrashAfter { get; init; }

    public List<(string Key, int Items)> Log { get; } = [];

    public Task<TrialMeasurement> EvaluateAsync(FeasiblePoint point, int items, TrialBudget budget, CancellationToken cancellationToken)
    {
        if (CrashAfter is { } n && Evaluations >= n)
        {
            throw new InvalidOperationException("simulated crash");
        }

        var seen = _seenItems.GetValueOrDefault(point.Key);
        var newItems = Math.Max(0, items - seen);
        if (budget.RemainingCalls is { } rc && (long)newItems * callsPerItem > rc)
        {
            return Task.FromResult(new TrialMeasurement(0, 0, 0, 0, 0, callsPerItem, 0, 0, 0, BudgetExhausted: true));
        }

        Evaluations++;
        Log.Add((point.Key, items));
        _seenItems[point.Key] = Math.Max(seen, items);
        var noise = items >= searchItems ? 0 : (((point.Key.GetHashCode(StringComparison.Ordinal) & 0xff) / 255.0) - 0.5) * 6 / Math.Sqrt(items);
        return Task.FromResult(new TrialMeasurement(
            objective(point.Point) + noise, 1, items, 0.001m * point.Estimate.CallsPerQuery, 100 * point.Point.FusionLayers,
            callsPerItem, (long)newItems * callsPerItem, (long)items * callsPerItem, 0m));
    }
}
