namespace Archon.Workflows.Searches;

/// <summary>A search's status as its document and <c>GET /api/searches/{id}</c> report it.</summary>
internal static class SearchStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
