using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Running;
using Archon.Core.Execution;
using Archon.Workflows.Storage;
using Archon.Workflows.Telemetry;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Evaluates one item of a run exactly as <c>archon bench</c> does (<see cref="ItemEvaluator"/>) and keeps its result
/// blob <c>runs/{id}/items/{itemId}.json</c> written once: an item that already has a result is not evaluated again, and
/// of two concurrent evaluations the first write wins. Returns the result in compact form (no answer text).
/// </summary>
internal sealed class BenchmarkItemEvaluator(IArchitectureRunner runner, RunScorers scorers, BenchmarkItemStore items, BlobJson blobs)
{
    /// <summary>The stored result of the item, or null when it has none yet.</summary>
    public async Task<ItemResult?> FindAsync(BenchmarkItemRequest request, BenchmarkInputItem item, CancellationToken cancellationToken) =>
        await blobs.GetAsync<ItemResult>(RunPaths.Item(request.RunId, item.Id), cancellationToken).ConfigureAwait(false);

    public Task<BenchmarkInputItem> ItemAsync(BenchmarkItemRequest request, CancellationToken cancellationToken) =>
        items.GetAsync(request.Items, request.Index, cancellationToken);

    /// <summary>
    /// Evaluates the item unless it has a result. <paramref name="answers"/> answers the item's turns (the architecture
    /// orchestration's results); null runs the architecture in process.
    /// </summary>
    public async Task<ItemResult> EvaluateOnceAsync(
        BenchmarkItemRequest request, IArchitectureRunner? answers, CancellationToken cancellationToken)
    {
        var item = await ItemAsync(request, cancellationToken).ConfigureAwait(false);
        if (await FindAsync(request, item, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return Compact(existing);
        }

        ItemResult result;
        try
        {
            var benchmarkItem = item.Item ?? new BenchmarkItem
            {
                Id = item.Id, Kind = request.Dataset, Turns = [item.Question], References = item.Answer is null ? [] : [item.Answer],
            };
            var scorer = await scorers.ForAsync(request, item, cancellationToken).ConfigureAwait(false);

            // Never throws for a bad item (query or scorer failures land in Error); only cancellation propagates.
            result = await ItemEvaluator.EvaluateAsync(benchmarkItem, request.Architecture, answers ?? runner, scorer, QueryOptions.None, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The item failed, not the run (e.g. no scorer for its kind): it is recorded as an error and counts 0.
            result = new ItemResult { ItemId = item.Id, Error = $"{ex.GetType().Name}: {ex.Message}" };
        }

        var path = RunPaths.Item(request.RunId, item.Id);
        if (await blobs.CreateAsync(path, result, cancellationToken).ConfigureAwait(false))
        {
            ServiceTelemetry.BenchmarkItems.Add(1);
            return Compact(result);
        }

        // Another evaluation wrote first: its result counts.
        return Compact(await blobs.GetAsync<ItemResult>(path, cancellationToken).ConfigureAwait(false) ?? result);
    }

    /// <summary>What the summary needs of a result: everything but the answer texts and the scorer's detail.</summary>
    public static ItemResult Compact(ItemResult result) => result with { Answer = null, TurnAnswers = null, Detail = null };
}
