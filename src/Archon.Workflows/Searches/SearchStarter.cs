using System.Text.Json;
using Archon.Workflows.Benchmarks;
using Archon.Workflows.Storage;
using Microsoft.DurableTask.Client;

namespace Archon.Workflows.Searches;

/// <summary>
/// Starts a search from a request body (HTTP, or a scheduled search): validates it, stores its items once (and the
/// held-out items and baseline), then schedules <see cref="SearchOrchestration"/> with instance id = search id. An id
/// that already names an instance starts nothing.
/// </summary>
internal sealed class SearchStarter(SearchRequestParser parser, BenchmarkItemStore items, BlobJson blobs)
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

        var source = await items.WriteAsync(SearchPaths.InputPrefix(id), request.Items, cancellationToken).ConfigureAwait(false);
        var heldOut = request.HeldOut is { } held
            ? await items.WriteAsync(SearchPaths.InputPrefix(id) + "heldout-", held, cancellationToken).ConfigureAwait(false)
            : null;
        string? baseline = null;
        if (request.Baseline is { } answers)
        {
            baseline = SearchPaths.Baseline(id);
            await blobs.WriteAsync(baseline, answers, cancellationToken).ConfigureAwait(false);
        }

        var definition = new SearchDefinition(
            id, request.Dataset, source, request.Parallel, request.Candidates, request.Plan,
            request.Judge is null ? null : new BenchmarkJudge(request.Judge, baseline), request.CostWeight, heldOut);
        return await BenchmarkStarter.ScheduleOnceAsync(client, SearchOrchestration.Name, new SearchRunInput(definition), id, cancellationToken).ConfigureAwait(false)
            ? BenchmarkStart.Started(id)
            : BenchmarkStart.Existing(id);
    }
}
