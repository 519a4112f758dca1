using System.Collections.Concurrent;
using Archon.Benchmarks.Results;
using Archon.Workflows.Storage;
using Microsoft.DurableTask;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Activity: computes the run's summary from its result chunks with <see cref="BenchmarkSummary.Compute"/> (as
/// <c>archon bench</c> does) and stores it create-only as <c>runs/{id}/summary.json</c>; a rerun returns the stored one.
/// </summary>
internal sealed class SummarizeRun(BlobJson blobs, TimeProvider time) : TaskActivity<SummarizeRunRequest, BenchmarkSummaryDocument>
{
    public const string Name = nameof(SummarizeRun);

    public override Task<BenchmarkSummaryDocument> RunAsync(TaskActivityContext context, SummarizeRunRequest input) => RunAsync(input);

    public async Task<BenchmarkSummaryDocument> RunAsync(SummarizeRunRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var path = RunPaths.Summary(input.RunId);
        if (await blobs.GetAsync<BenchmarkSummaryDocument>(path, CancellationToken.None).ConfigureAwait(false) is { } stored)
        {
            return stored;
        }

        var chunks = new ConcurrentDictionary<int, List<ItemResult>>();
        await Parallel.ForEachAsync(Enumerable.Range(0, input.Chunks), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (chunk, ct) =>
            chunks[chunk] = await blobs.GetAsync<List<ItemResult>>(RunPaths.ResultsChunk(input.RunId, chunk), ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"run {input.RunId}: result chunk {chunk} is missing")).ConfigureAwait(false);

        // In item order, so what is computed from them (e.g. the seeded bootstrap interval) does not depend on timing.
        var all = Enumerable.Range(0, input.Chunks).SelectMany(c => chunks[c]).ToList();
        var summary = BenchmarkSummaryDocument.From(BenchmarkSummary.Compute(all), all, time.GetUtcNow());
        return await blobs.CreateAsync(path, summary, CancellationToken.None).ConfigureAwait(false)
            ? summary
            : await blobs.GetAsync<BenchmarkSummaryDocument>(path, CancellationToken.None).ConfigureAwait(false) ?? summary;
    }
}
