using Microsoft.DurableTask.Client;

namespace Archon.Workflows;

/// <summary>
/// Purges the histories of orchestrations that finished more than the retention ago (results stay in blobs, where the
/// status routes find them). Run on a timer by both hosts.
/// </summary>
internal static class HistoryPurge
{
    public static async Task<int> PurgeAsync(DurableTaskClient client, TimeSpan retention, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var filter = new PurgeInstancesFilter(
            CreatedFrom: null,
            CreatedTo: now - retention,
            Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated]);
        var result = await client.PurgeAllInstancesAsync(filter, cancellationToken).ConfigureAwait(false);
        return result.PurgedInstanceCount;
    }
}
