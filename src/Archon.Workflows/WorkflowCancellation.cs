using Microsoft.DurableTask.Client;

namespace Archon.Workflows;

/// <summary>
/// Cancels a run or search: terminates its orchestration and every orchestration it started (their ids begin with
/// <c>{id}-</c>: a search's trial runs, a run's item orchestrations). Results already stored stay.
/// </summary>
internal static class WorkflowCancellation
{
    /// <summary>How it went: the instance was unknown, had already finished (with its status), or was cancelled now.</summary>
    public enum Outcome
    {
        NotFound,
        AlreadyFinished,
        Cancelled,
    }

    public static async Task<(Outcome Outcome, string Status)> CancelAsync(DurableTaskClient client, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return (Outcome.NotFound, string.Empty);
        }

        if (WorkflowStatus.IsFinished(instance.RuntimeStatus))
        {
            return (Outcome.AlreadyFinished, WorkflowStatus.Of(instance.RuntimeStatus, started: true));
        }

        await client.TerminateInstanceAsync(id, new TerminateInstanceOptions { Output = "cancelled", Recursive = true }, cancellationToken).ConfigureAwait(false);
        var query = new OrchestrationQuery
        {
            InstanceIdPrefix = id + "-",
            Statuses = [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended],
        };
        await foreach (var child in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await client.TerminateInstanceAsync(child.InstanceId, new TerminateInstanceOptions { Output = "cancelled" }, cancellationToken)
                .ConfigureAwait(false);
        }

        return (Outcome.Cancelled, WorkflowStatus.Cancelled);
    }
}
