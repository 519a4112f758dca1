namespace Archon.Service.Queues;

/// <summary>Outcome of one delivery: succeeded, or failed (and poisoned when it was the last allowed attempt).</summary>
internal sealed record QueueDispatchResult(bool Succeeded, bool Poisoned, string? Error)
{
    public static QueueDispatchResult Success { get; } = new(true, false, null);
}
