using Archon.Workflows.Benchmarks;
using Archon.Workflows.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Archon.Functions.Functions;

/// <summary>
/// The benchmark-request queue trigger: each message starts the benchmark orchestration with instance id = run id
/// (<see cref="BenchmarkRequestMessages"/>; a duplicate message starts nothing). Storage or orchestration errors throw,
/// so the host retries the message and poisons it after 5 deliveries.
/// </summary>
internal sealed class BenchmarkRequestFunction(BenchmarkRequestMessages messages)
{
    [Function("BenchmarkRequests")]
    public Task Run(
        [QueueTrigger(StorageNames.BenchmarkRequestQueue, Connection = "AzureWebJobsStorage")] string message,
        [DurableClient] DurableTaskClient client,
        FunctionContext context) =>
        messages.StartAsync(message, client, context.CancellationToken);
}
