using Microsoft.DurableTask.Client;

namespace Archon.Workflows;

/// <summary>The status the HTTP API reports for an orchestration's runtime status.</summary>
internal static class WorkflowStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static string Of(OrchestrationRuntimeStatus status, bool started) => status switch
    {
        OrchestrationRuntimeStatus.Completed => Completed,
        OrchestrationRuntimeStatus.Failed => Failed,
        OrchestrationRuntimeStatus.Terminated => Cancelled,
        OrchestrationRuntimeStatus.Pending => Queued,
        _ => started ? Running : Queued,
    };

    public static bool IsFinished(OrchestrationRuntimeStatus status) =>
        status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;
}
