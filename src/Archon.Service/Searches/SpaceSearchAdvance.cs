using Archon.Search.Driver;

namespace Archon.Service.Searches;

/// <summary>A space search after one scheduling pass: its trials (new ones <c>pending</c>), events, and why it stops (null: not yet).</summary>
internal sealed record SpaceSearchAdvance(IReadOnlyList<SearchTrial> Trials, IReadOnlyList<StrategyEvent> Events, string? StopReason)
{
    /// <summary>True when the search stops and every trial has been reported to the strategy.</summary>
    public bool Finished => StopReason is not null && Events.Count(e => e.Kind == StrategyEvent.Tell) == Trials.Count;
}
