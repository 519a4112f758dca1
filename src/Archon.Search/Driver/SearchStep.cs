namespace Archon.Search.Driver;

/// <summary>
/// What one scheduling step decided: the trials to start now (status <see cref="TrialStatus.Running"/>, numbered after
/// the earlier ones), every strategy event recorded so far, and the stop reason (null: it may ask again).
/// </summary>
public sealed record SearchStep(IReadOnlyList<TrialRecord> NewTrials, IReadOnlyList<StrategyEvent> Events, string? StopReason);
