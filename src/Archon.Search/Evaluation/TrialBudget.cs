namespace Archon.Search.Evaluation;

/// <summary>What a trial may still spend; an evaluator stops before an item that could exceed it. Null: unlimited.</summary>
public sealed record TrialBudget(long? RemainingCalls, decimal? RemainingUsd)
{
    public static TrialBudget Unlimited { get; } = new(null, null);
}
