using Archon.Search.Spaces;

namespace Archon.Search.Evaluation;

/// <summary>Evaluates one architecture on a prefix of the search split (nested subsamples, so promotion reuses calls).</summary>
public interface ITrialEvaluator
{
    /// <summary>Items in the whole search split (a full evaluation).</summary>
    int SearchItems { get; }

    /// <summary>Evaluates <paramref name="point"/> on the first <paramref name="items"/> search items.</summary>
    Task<TrialMeasurement> EvaluateAsync(FeasiblePoint point, int items, TrialBudget budget, CancellationToken cancellationToken);
}
