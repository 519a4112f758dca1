using Archon.Benchmarks.Results;
using Microsoft.DurableTask;

namespace Archon.Workflows.Benchmarks;

/// <summary>Activity: evaluates one item with the in-process engine, once (see <see cref="BenchmarkItemEvaluator"/>).</summary>
internal sealed class RunBenchmarkItem(BenchmarkItemEvaluator evaluator) : TaskActivity<BenchmarkItemRequest, ItemResult>
{
    public const string Name = nameof(RunBenchmarkItem);

    public override Task<ItemResult> RunAsync(TaskActivityContext context, BenchmarkItemRequest input) => RunAsync(input);

    public Task<ItemResult> RunAsync(BenchmarkItemRequest input) => evaluator.EvaluateOnceAsync(input, answers: null, CancellationToken.None);
}
