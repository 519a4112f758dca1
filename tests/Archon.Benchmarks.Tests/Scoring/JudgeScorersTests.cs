using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;
using Microsoft.Extensions.AI;

namespace Archon.Benchmarks.Tests.Scoring;

public class JudgeScorersTests
{
    private static readonly BenchmarkItem Arena = DatasetLoaders.Load(DatasetKinds.ArenaHard, TestPaths.Fixture("arena-hard.jsonl")).Items[0];

    /// <summary>A judge that prefers whichever assistant's answer contains "GOOD".</summary>
    private static FakeArchitectureRunner PreferGoodJudge() => new(messages =>
    {
        var prompt = messages[^1].Text;
        var a = Between(prompt, "<|The Start of Assistant A's Answer|>", "<|The End of Assistant A's Answer|>");
        var b = Between(prompt, "<|The Start of Assistant B's Answer|>", "<|The End of Assistant B's Answer|>");
        var aGood = a.Contains("GOOD", StringComparison.Ordinal);
        var bGood = b.Contains("GOOD", StringComparison.Ordinal);
        return aGood == bGood ? "Equal. [[A=B]]" : aGood ? "A wins [[A>>B]]" : "B wins [[B>A]]";
    });

    private static IScorer Pairwise(FakeArchitectureRunner judge, Dictionary<string, string> baselines) =>
        Scorers.ForKind(DatasetKinds.ArenaHard, new ScorerOptions { Judge = FakeArchitectureRunner.Architecture("judge"), JudgeRunner = judge, BaselineAnswers = baselines });

    [Fact]
    public async Task Pairwise_BetterAnswer_WinsBothOrders()
    {
        var judge = PreferGoodJudge();
        var score = await Pairwise(judge, new() { ["q-abc"] = "meh" }).ScoreAsync(Arena, ["GOOD answer"], CancellationToken.None);

        Assert.Equal(1, score.Score);
        Assert.Equal(2, score.JudgeUsage.Calls);
        Assert.Equal(2, judge.Seen.Count);
        Assert.Contains("meh", Between(judge.Seen[0][^1].Text, "<|The Start of Assistant A's Answer|>", "<|The End"), StringComparison.Ordinal);
        Assert.Contains("GOOD", Between(judge.Seen[1][^1].Text, "<|The Start of Assistant A's Answer|>", "<|The End"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pairwise_PositionBiasedJudge_CancelsToTie()
    {
        var alwaysA = new FakeArchitectureRunner(_ => "[[A>B]]");

        var score = await Pairwise(alwaysA, new() { ["q-abc"] = "x" }).ScoreAsync(Arena, ["y"], CancellationToken.None);

        Assert.Equal(0.5, score.Score);
    }

    [Fact]
    public async Task Pairwise_GarbageVerdicts_Unscored()
    {
        var garbage = new FakeArchitectureRunner(_ => "I cannot decide {{}}");

        var score = await Pairwise(garbage, new() { ["q-abc"] = "x" }).ScoreAsync(Arena, ["y"], CancellationToken.None);

        Assert.Null(score.Score);
        Assert.Contains("unparseable", score.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pairwise_NoBaseline_ThrowsNamingTheOption()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Pairwise(PreferGoodJudge(), []).ScoreAsync(Arena, ["y"], CancellationToken.None));

        Assert.Contains("--baseline", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pairwise_AlpacaEval_UsesFileOutputAsBaseline()
    {
        var item = DatasetLoaders.Load(DatasetKinds.AlpacaEval, TestPaths.Fixture("alpaca-eval.json")).Items[0];
        var scorer = Scorers.ForKind(DatasetKinds.AlpacaEval, new ScorerOptions { Judge = FakeArchitectureRunner.Architecture("judge"), JudgeRunner = PreferGoodJudge() });

        var score = await scorer.ScoreAsync(item, ["GOOD: red, yellow, blue"], CancellationToken.None);

        Assert.Equal(1, score.Score);
    }

    [Fact]
    public async Task MtBench_RatesEachTurnWithReference()
    {
        var item = DatasetLoaders.Load(DatasetKinds.MtBench, TestPaths.Fixture("mt-bench.jsonl")).Items[1];
        var judge = new FakeArchitectureRunner(m => m[^1].Text.Contains("turn 2", StringComparison.Ordinal) ? "Rating: [[6]]" : "ok Rating: [[8]]");
        var scorer = Scorers.ForKind(DatasetKinds.MtBench, new ScorerOptions { Judge = FakeArchitectureRunner.Architecture("judge"), JudgeRunner = judge });

        var score = await scorer.ScoreAsync(item, ["144", "169"], CancellationToken.None);

        Assert.Equal(0.7, score.Score!.Value, 6);
        Assert.Contains("Reference Answer|>\n144", judge.Seen[0][^1].Text, StringComparison.Ordinal);
        Assert.Contains("Reference Answer|>\n169", judge.Seen[1][^1].Text, StringComparison.Ordinal);
        Assert.Contains("And 13 * 13?", judge.Seen[1][^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForKind_JudgeKindWithoutJudge_ThrowsNamingOption()
    {
        var ex = Assert.Throws<ArgumentException>(() => Scorers.ForKind(DatasetKinds.MtBench));

        Assert.Contains("--judge", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MixEval_JudgeMode_UsesJudgeScore()
    {
        var item = DatasetLoaders.Load(DatasetKinds.MixEval, TestPaths.Fixture("mixeval.free-form.json")).Items[0];
        var judge = new FakeArchitectureRunner(m => m[^1].Text.Contains("- Paris", StringComparison.Ordinal) ? "[[1.0]]" : "[[0.0]]");
        var scorer = Scorers.ForKind(DatasetKinds.MixEval, new ScorerOptions { Judge = FakeArchitectureRunner.Architecture("judge"), JudgeRunner = judge, MixEvalUseJudge = true });

        var score = await scorer.ScoreAsync(item, ["the French capital"], CancellationToken.None);

        Assert.Equal(1.0, score.Score);
        Assert.Equal(ChatRole.System, judge.Seen[0][0].Role);
    }

    private static string Between(string text, string start, string end)
    {
        var i = text.IndexOf(start, StringComparison.Ordinal);
        var j = text.IndexOf(end, i + start.Length, StringComparison.Ordinal);
        return i < 0 || j < 0 ? string.Empty : text[(i + start.Length)..j];
    }
}
