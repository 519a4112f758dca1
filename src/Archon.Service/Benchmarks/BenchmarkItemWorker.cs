using System.Collections.Concurrent;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Workflows.Storage;
using Archon.Service.Telemetry;

namespace Archon.Service.Benchmarks;

/// <summary>
/// Evaluates one benchmark item of a run and writes its result blob exactly once; an item claim (<see cref="ItemClaims"/>)
/// keeps a duplicate message from evaluating it again while the first evaluation is under way. Items of a dataset kind
/// are scored by <see cref="Scorers.ForKind"/> (or the run's judged scorer) through <see cref="ItemEvaluator"/>; plain
/// items by their last <c>Answer:</c> line.
/// </summary>
internal sealed class BenchmarkItemWorker(BlobJson blobs, IArchitectureRunner runner, TimeProvider time, ItemClaims claims)
{
    private readonly ConcurrentDictionary<string, IScorer> _scorers = new(StringComparer.Ordinal);

    /// <summary>
    /// Evaluates one item unless it already has a result blob, and writes its result create-only. <paramref name="judged"/>
    /// is the run's scorer when it has a judge; null means the kind's own scorer.
    /// </summary>
    public async Task EvaluateOnceAsync(
        string runId, string dataset, ArchitectureConfig architecture, BenchmarkInputItem item, IScorer? judged, CancellationToken cancellationToken)
    {
        var path = RunPaths.Item(runId, item.Id);
        if (await blobs.ExistsAsync(path, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await using var claim = await claims.ClaimAsync(runId, item.Id, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return; // evaluated by the claim's owner meanwhile
        }

        var started = time.GetTimestamp();
        BenchmarkItemResult result;
        try
        {
            var benchmarkItem = item.Item ?? new BenchmarkItem
            {
                Id = item.Id, Kind = dataset, Turns = [item.Question], References = item.Answer is null ? [] : [item.Answer],
            };
            var scorer = item.Item is null ? AnswerLineScorer.Instance : judged ?? _scorers.GetOrAdd(item.Item.Kind, k => Scorers.ForKind(k));

            // Never throws for a bad item (query or scorer failures land in Error); only cancellation propagates.
            var r = await ItemEvaluator.EvaluateAsync(benchmarkItem, architecture, runner, scorer, QueryOptions.None, cancellationToken)
                .ConfigureAwait(false);
            result = new BenchmarkItemResult(
                item.Id, r.Error is null ? r.Score : null, r.Answer ?? string.Empty, item.Answer, r.Error, r.Calls, r.InputTokens, r.OutputTokens,
                r.CostUsd, time.GetElapsedTime(started).TotalMilliseconds, time.GetUtcNow(),
                r.Correct, r.Detail, r.JudgeCalls, r.Category, r.Subcategory, r.Simulated);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The item failed, not the message (e.g. no scorer for its kind): it is recorded as an error and scores 0.
            result = new BenchmarkItemResult(
                item.Id, null, string.Empty, item.Answer, $"{ex.GetType().Name}: {ex.Message}", 0, 0, 0, 0m,
                time.GetElapsedTime(started).TotalMilliseconds, time.GetUtcNow());
        }

        if (await blobs.CreateAsync(path, result, cancellationToken).ConfigureAwait(false))
        {
            ServiceTelemetry.BenchmarkItems.Add(1);
        }
    }
}
