namespace Archon.Workflows.Searches;

/// <summary>A trial's lifecycle: <c>pending</c> (a candidate waiting for a slot) → <c>running</c> (its benchmark run started) → <c>completed</c> or <c>failed</c>.</summary>
internal static class SearchTrialStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
