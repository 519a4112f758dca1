using Archon.Benchmarks.Results;
using Archon.Core.Execution;
using Archon.Workflows.Queries;
using Microsoft.DurableTask;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Orchestration (instance id = run id): a sliding window of at most <see cref="BenchmarkRunInput.Parallel"/> item
/// activities over one chunk of <see cref="BenchmarkRunInput.ChunkItems"/> items, progress in the custom status after
/// every item, the chunk's compact results stored, then <c>ContinueAsNew</c> for the next chunk (so history stays one
/// chunk long whatever the run's size), and the summary activity at the end. Its output is the summary.
/// </summary>
internal static class BenchmarkOrchestration
{
    public const string Name = nameof(BenchmarkOrchestration);

    /// <summary>Activities retried on transient failures (storage hiccups); item errors are results, never failures.</summary>
    private static readonly TaskOptions Retried = new(new TaskRetryOptions(new RetryPolicy(3, TimeSpan.FromSeconds(1))));

    public static async Task<BenchmarkSummaryDocument?> RunAsync(TaskOrchestrationContext context, BenchmarkRunInput input)
    {
        var position = input.Position ?? new BenchmarkRunPosition(0, 0);
        var first = position.NextIndex;
        var end = Math.Min(input.Count, first + input.ChunkItems);
        var results = new ItemResult[end - first];
        var done = position.Done;
        context.SetCustomStatus(new BenchmarkRunStatus(done, input.Count));

        var window = new Dictionary<Task<ItemResult>, int>();
        var next = first;
        while (next < end || window.Count > 0)
        {
            while (window.Count < input.Parallel && next < end)
            {
                window[RunItemAsync(context, input, next)] = next;
                next++;
            }

            var finished = await Task.WhenAny(window.Keys);
            results[window[finished] - first] = await finished;
            window.Remove(finished);
            context.SetCustomStatus(new BenchmarkRunStatus(++done, input.Count));
        }

        await context.CallActivityAsync(SaveRunResults.Name, new RunResultsChunk(input.RunId, first / input.ChunkItems, results), Retried);
        if (end < input.Count)
        {
            context.ContinueAsNew(input with { Position = new BenchmarkRunPosition(end, done) }, preserveUnprocessedEvents: false);
            return null;
        }

        var chunks = (input.Count + input.ChunkItems - 1) / input.ChunkItems;
        return await context.CallActivityAsync<BenchmarkSummaryDocument>(SummarizeRun.Name, new SummarizeRunRequest(input.RunId, chunks), Retried);
    }

    private static Task<ItemResult> RunItemAsync(TaskOrchestrationContext context, BenchmarkRunInput input, int index) =>
        input.ItemsAsOrchestrations
            ? RunItemAsOrchestrationsAsync(context, input, index)
            : context.CallActivityAsync<ItemResult>(RunBenchmarkItem.Name, BenchmarkItemRequest.For(input, index), Retried);

    // Each turn is an architecture orchestration (one activity per model call); the next turn follows its answer.
    private static async Task<ItemResult> RunItemAsOrchestrationsAsync(TaskOrchestrationContext context, BenchmarkRunInput input, int index)
    {
        var request = BenchmarkItemRequest.For(input, index);
        var start = await context.CallActivityAsync<BenchmarkItemStart>(StartBenchmarkItem.Name, request, Retried);
        if (start.Existing is { } existing)
        {
            return existing;
        }

        var messages = new List<QueryMessage>();
        var answered = new List<QueryResponse>();
        for (var turn = 0; turn < start.Turns.Count; turn++)
        {
            messages.Add(new QueryMessage("user", start.Turns[turn]));
            var response = await context.CallSubOrchestratorAsync<QueryResponse>(
                ArchitectureOrchestration.Name,
                new ArchitectureRunInput(input.Architecture, [.. messages]),
                new SubOrchestrationOptions { InstanceId = $"{input.RunId}-i{index}-t{turn}" });
            answered.Add(response);
            if (response.StopReason != StopReason.Completed && response.Answer.Length == 0)
            {
                break;
            }

            messages.Add(new QueryMessage("assistant", response.Answer));
        }

        return await context.CallActivityAsync<ItemResult>(ScoreBenchmarkItem.Name, new ScoreItemRequest(request, answered), Retried);
    }
}
