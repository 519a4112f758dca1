using Archon.Search.Driver;

namespace Archon.Workflows.Searches;

/// <summary>What a proposal step decided: the new trials, every event recorded so far, and the stop reason (null: may ask again).</summary>
internal sealed record SearchAdvance(IReadOnlyList<ProposedTrial> NewTrials, IReadOnlyList<StrategyEvent> Events, string? StopReason);
