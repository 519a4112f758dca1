using System.Text.Json;
using Archon.Workflows.Storage;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Starts a benchmark run from a request body (HTTP or the benchmark-request queue): validates it, stores its items (and
/// baseline), then schedules <see cref="BenchmarkOrchestration"/> with instance id = run id. Scheduling is the last step,
/// so a run exists with all its items or not at all; an id that already names an instance starts nothing.
/// </summary>
internal sealed class BenchmarkStarter(BenchmarkRequestParser parser, BenchmarkItemStore items, BlobJson blobs)
{
    public async Task<BenchmarkStart> StartAsync(JsonElement body, string? id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (request, error) = await parser.ReadAsync(body, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return BenchmarkStart.Invalid(error!);
        }

        id ??= WorkflowIds.New();
        if (await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false) is not null)
        {
            return BenchmarkStart.Existing(id);
        }

        var source = await items.WriteAsync(RunPaths.InputPrefix(id), request.Items, cancellationToken).ConfigureAwait(false);
        string? baseline = null;
        if (request.Baseline is { } answers)
        {
            baseline = RunPaths.Baseline(id);
            await blobs.WriteAsync(baseline, answers, cancellationToken).ConfigureAwait(false);
        }

        var input = new BenchmarkRunInput(
            id, request.Dataset, request.Architecture, source, request.Items.Count, request.Parallel,
            ItemsAsOrchestrations: request.ItemsAsOrchestrations,
            Judge: request.Judge is null ? null : new BenchmarkJudge(request.Judge, baseline));
        return await ScheduleOnceAsync(client, BenchmarkOrchestration.Name, input, id, cancellationToken).ConfigureAwait(false)
            ? BenchmarkStart.Started(id)
            : BenchmarkStart.Existing(id);
    }

    /// <summary>Schedules an orchestration unless an instance with the id exists (in any state); false when one did.</summary>
    public static async Task<bool> ScheduleOnceAsync(DurableTaskClient client, TaskName name, object input, string id, CancellationToken cancellationToken)
    {
        var options = new StartOrchestrationOptions(id).WithDedupeStatuses([.. StartOrchestrationOptionsExtensions.ValidDedupeStatuses]);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(name, input, options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
    }
}
