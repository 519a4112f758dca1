using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;
using Microsoft.Extensions.AI;

namespace Archon.Benchmarks.Tests.Running;

public class ItemEvaluatorTests
{
    [Fact]
    public async Task EvaluateAsync_MtBench_SecondTurnFollowsOwnFirstAnswer()
    {
        var item = DatasetLoaders.Load(DatasetKinds.MtBench, TestPaths.Fixture("mt-bench.jsonl")).Items[1];
        var runner = new FakeArchitectureRunner(m => $"answer-{m.Count}");
        var judge = new FakeArchitectureRunner(_ => "Rating: [[10]]");
        var scorer = Scorers.ForKind(DatasetKinds.MtBench, new ScorerOptions { Judge = FakeArchitectureRunner.Architecture("judge"), JudgeRunner = judge });

        var result = await ItemEvaluator.EvaluateAsync(item, FakeArchitectureRunner.Architecture(), runner, scorer);

        Assert.Null(result.Error);
        Assert.Equal(2, runner.Seen.Count);
        var second = runner.Seen[1];
        Assert.Equal(3, second.Count);
        Assert.Equal(ChatRole.Assistant, second[1].Role);
        Assert.Equal("answer-1", second[1].Text);
        Assert.Equal("And 13 * 13?", second[2].Text);
        Assert.Equal(["answer-1", "answer-3"], result.TurnAnswers);
        Assert.Equal(1.0, result.Score);
        Assert.Equal(2, result.Calls);
        Assert.Equal(2, result.JudgeCalls);
        Assert.Equal(0.004m, result.CostUsd);
    }

    [Fact]
    public async Task EvaluateAsync_RunnerThrows_RecordsErrorInsteadOfThrowing()
    {
        var item = DatasetLoaders.Load(DatasetKinds.Synthetic, TestPaths.Fixture("synthetic.jsonl")).Items[0];
        var runner = new FakeArchitectureRunner(_ => throw new HttpRequestException("upstream 500"));

        var result = await ItemEvaluator.EvaluateAsync(item, FakeArchitectureRunner.Architecture(), runner, Scorers.ForKind(DatasetKinds.Synthetic));

        Assert.Null(result.Score);
        Assert.Contains("upstream 500", result.Error, StringComparison.Ordinal);
        Assert.Equal("syn-0", result.ItemId);
    }

    [Fact]
    public async Task EvaluateAsync_QueryFailedButLeftARightAnswer_ItemIsAnErrorNotAScore()
    {
        var item = DatasetLoaders.Load(DatasetKinds.Synthetic, TestPaths.Fixture("synthetic.jsonl")).Items[0];
        var right = "Answer: " + item.References[0];
        var runner = new FakeArchitectureRunner(_ => right) { Failure = "layer 1 critic #0 (m) produced nothing: every model call failed after its retries" };

        var result = await ItemEvaluator.EvaluateAsync(item, FakeArchitectureRunner.Architecture(), runner, Scorers.ForKind(DatasetKinds.Synthetic));

        Assert.Null(result.Score);
        Assert.Null(result.Correct);
        Assert.Contains("critic #0 (m) produced nothing", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, result.Calls);
    }

    [Fact]
    public async Task EvaluateAsync_Cancelled_Propagates()
    {
        var item = DatasetLoaders.Load(DatasetKinds.Synthetic, TestPaths.Fixture("synthetic.jsonl")).Items[0];
        var runner = new FakeArchitectureRunner(_ => "Answer: 5") { Delay = TimeSpan.FromSeconds(10) };
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ItemEvaluator.EvaluateAsync(item, FakeArchitectureRunner.Architecture(), runner, Scorers.ForKind(DatasetKinds.Synthetic), cancellationToken: cts.Token));
    }
}
