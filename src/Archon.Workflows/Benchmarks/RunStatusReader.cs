using Archon.Workflows.Storage;
using Microsoft.DurableTask.Client;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// A run's status from its orchestration (one read, whatever the run's size: progress is the custom status, the summary
/// the output). A run whose history was purged is read from its summary blob; a request from the queue that could not
/// be started from its failure record.
/// </summary>
internal sealed class RunStatusReader(BlobJson blobs)
{
    public async Task<BenchmarkStatus?> GetAsync(string id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            if (await blobs.GetAsync<BenchmarkSummaryDocument>(RunPaths.Summary(id), cancellationToken).ConfigureAwait(false) is { } summary)
            {
                return new BenchmarkStatus(id, "completed", null, null, new BenchmarkRunStatus(summary.Items, summary.Items), summary, null);
            }

            return await blobs.GetAsync<RequestFailure>(RunPaths.Failed(id), cancellationToken).ConfigureAwait(false) is { } failure
                ? new BenchmarkStatus(id, "failed", null, null, new BenchmarkRunStatus(0, 0), null, failure.Reason)
                : null;
        }

        var input = instance.ReadInputAs<BenchmarkRunInput>();
        var progress = instance.ReadCustomStatusAs<BenchmarkRunStatus>() ?? new BenchmarkRunStatus(0, input?.Count ?? 0);
        var status = WorkflowStatus.Of(instance.RuntimeStatus, progress.Done > 0);
        var output = instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? instance.ReadOutputAs<BenchmarkSummaryDocument>() : null;
        return new BenchmarkStatus(
            id, status, input?.Dataset, input?.Architecture.Name, progress, output,
            instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed ? instance.FailureDetails?.ErrorMessage ?? "the run failed" : null);
    }
}
