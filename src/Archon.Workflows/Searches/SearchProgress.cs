using Archon.Search.Driver;

namespace Archon.Workflows.Searches;

/// <summary>
/// Where a search stands, carried through each <c>ContinueAsNew</c>: every trial (compact, no configs), the strategy's
/// recorded asks and tells (which rebuild it), and why it stopped asking (null while it may ask).
/// </summary>
internal sealed record SearchProgress(IReadOnlyList<TrialRecord> Trials, IReadOnlyList<StrategyEvent> Events, string? StopReason)
{
    public static SearchProgress Empty { get; } = new([], [], null);
}
