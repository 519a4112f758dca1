using Microsoft.DurableTask;

namespace Archon.Workflows.Benchmarks;

/// <summary>Activity: the first step of an item run as orchestrations: its stored result if it has one, else its turns.</summary>
internal sealed class StartBenchmarkItem(BenchmarkItemEvaluator evaluator) : TaskActivity<BenchmarkItemRequest, BenchmarkItemStart>
{
    public const string Name = nameof(StartBenchmarkItem);

    public override Task<BenchmarkItemStart> RunAsync(TaskActivityContext context, BenchmarkItemRequest input) => RunAsync(input);

    public async Task<BenchmarkItemStart> RunAsync(BenchmarkItemRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var item = await evaluator.ItemAsync(input, CancellationToken.None).ConfigureAwait(false);
        if (await evaluator.FindAsync(input, item, CancellationToken.None).ConfigureAwait(false) is { } existing)
        {
            return new BenchmarkItemStart(BenchmarkItemEvaluator.Compact(existing), []);
        }

        return new BenchmarkItemStart(null, item.Item?.Turns ?? [item.Question]);
    }
}
