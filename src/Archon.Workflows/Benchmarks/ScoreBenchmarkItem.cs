using Archon.Benchmarks.Results;
using Microsoft.DurableTask;

namespace Archon.Workflows.Benchmarks;

/// <summary>Activity: scores an item whose turns the architecture orchestration answered, and stores its result once.</summary>
internal sealed class ScoreBenchmarkItem(BenchmarkItemEvaluator evaluator) : TaskActivity<ScoreItemRequest, ItemResult>
{
    public const string Name = nameof(ScoreBenchmarkItem);

    public override Task<ItemResult> RunAsync(TaskActivityContext context, ScoreItemRequest input) => RunAsync(input);

    public Task<ItemResult> RunAsync(ScoreItemRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return evaluator.EvaluateOnceAsync(input.Item, new AnsweredTurns(input.Turns), CancellationToken.None);
    }
}
