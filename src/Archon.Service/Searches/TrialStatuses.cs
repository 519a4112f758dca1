namespace Archon.Service.Searches;

/// <summary>
/// A trial's lifecycle: <c>pending</c> → <c>starting</c> (a step claimed it and is creating its run) → <c>running</c>
/// (the run exists) → <c>completed</c> or <c>failed</c>.
/// </summary>
internal static class TrialStatuses
{
    public const string Pending = "pending";
    public const string Starting = "starting";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
