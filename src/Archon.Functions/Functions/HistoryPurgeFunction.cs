using Archon.Workflows;
using Archon.Workflows.Settings;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Archon.Functions.Functions;

/// <summary>Hourly: purges the histories of orchestrations that finished more than <c>Archon__HistoryRetentionDays</c> ago (results stay in blobs).</summary>
internal sealed class HistoryPurgeFunction(IOptions<WorkflowOptions> options, TimeProvider time)
{
    [Function("PurgeHistory")]
    public async Task Run([TimerTrigger("0 30 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, FunctionContext context)
    {
        if (options.Value.HistoryRetentionDays > 0)
        {
            await HistoryPurge.PurgeAsync(client, TimeSpan.FromDays(options.Value.HistoryRetentionDays), time.GetUtcNow(), context.CancellationToken);
        }
    }
}
