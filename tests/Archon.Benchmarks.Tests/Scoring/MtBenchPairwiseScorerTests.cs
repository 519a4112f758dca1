using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Scoring;

public class MtBenchPairwiseScorerTests
{
    private static readonly IReadOnlyList<BenchmarkItem> Items = DatasetLoaders.Load(DatasetKinds.MtBenchPairwise, TestPaths.Fixture("mt-bench.jsonl")).Items;

    private static readonly Dictionary<string, string> Baseline = new()
    {
        ["81#1"] = "base haiku",
        ["81#2"] = "base rewrite",
        ["81"] = "base rewrite",
        ["111#1"] = "144",
        ["111#2"] = "169",
    };

    /// <summary>A judge that prefers the assistant whose last shown answer contains "GOOD"; [[C]] when both or neither do.</summary>
    private static FakeArchitectureRunner PreferGood() => new(messages =>
    {
        var prompt = messages[^1].Text;
        var a = LastAnswerOf(prompt, "A");
        var b = LastAnswerOf(prompt, "B");
        var aGood = a.Contains("GOOD", StringComparison.Ordinal);
        var bGood = b.Contains("GOOD", StringComparison.Ordinal);
        return aGood == bGood ? "Same. [[C]]" : aGood ? "[[A]]" : "[[B]]";
    });

    private static IScorer Scorer(FakeArchitectureRunner judge, Dictionary<string, string>? baseline = null) =>
        Scorers.ForKind(DatasetKinds.MtBenchPairwise, new ScorerOptions
        {
            Judge = FakeArchitectureRunner.Architecture("judge"),
            JudgeRunner = judge,
            BaselineAnswers = baseline ?? Baseline,
        });

    [Fact]
    public async Task ScoreAsync_BetterOnBothTurns_WinsWithFourJudgeCalls()
    {
        var judge = PreferGood();

        var score = await Scorer(judge).ScoreAsync(Items[0], ["GOOD haiku", "GOOD rewrite"], CancellationToken.None);

        Assert.Equal(1, score.Score);
        Assert.Equal(4, score.JudgeUsage.Calls);
        Assert.Equal("turn 1: win/win → win; turn 2: win/win → win", score.Detail);
    }

    [Fact]
    public async Task ScoreAsync_SecondTurn_JudgeSeesBothWholeConversations()
    {
        var judge = PreferGood();

        await Scorer(judge).ScoreAsync(Items[0], ["my haiku", "GOOD rewrite"], CancellationToken.None);

        var secondTurn = judge.Seen[2][^1].Text;
        Assert.Contains("Write a haiku about rain.", secondTurn, StringComparison.Ordinal);
        Assert.Contains("### Assistant A:\nmy haiku", secondTurn, StringComparison.Ordinal);
        Assert.Contains("### Assistant B:\nbase haiku", secondTurn, StringComparison.Ordinal);
        Assert.Contains("### Assistant B:\nbase rewrite", secondTurn, StringComparison.Ordinal);
        Assert.Contains("second question", judge.Seen[2][0].Text, StringComparison.Ordinal);
        Assert.Contains("### Assistant A:\nbase haiku", judge.Seen[3][^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_WinThenLoss_HalfAndReferenceShown()
    {
        var judge = PreferGood();

        var score = await Scorer(judge, new Dictionary<string, string>(Baseline) { ["111#2"] = "GOOD 169" })
            .ScoreAsync(Items[1], ["GOOD 144", "169"], CancellationToken.None);

        Assert.Equal(0.5, score.Score);
        Assert.Contains("Reference Answer|>\n144", judge.Seen[0][^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_PositionBiasedJudge_InconsistentGamesCountAsTies()
    {
        var alwaysA = new FakeArchitectureRunner(_ => "[[A]]");

        var score = await Scorer(alwaysA).ScoreAsync(Items[0], ["x", "y"], CancellationToken.None);

        Assert.Equal(0.5, score.Score);
        Assert.Equal("turn 1: win/loss → tie; turn 2: win/loss → tie", score.Detail);
    }

    [Fact]
    public async Task ScoreAsync_UnparseableVerdicts_Unscored()
    {
        var garbage = new FakeArchitectureRunner(_ => "cannot say");

        var score = await Scorer(garbage).ScoreAsync(Items[0], ["x", "y"], CancellationToken.None);

        Assert.Null(score.Score);
    }

    [Fact]
    public async Task ScoreAsync_BaselineWithoutEarlierTurns_ThrowsExplaining()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Scorer(PreferGood(), new() { ["81"] = "only the last turn" }).ScoreAsync(Items[0], ["x", "y"], CancellationToken.None));

        Assert.Contains("no baseline answer for turn 1 of item '81'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, 1.0, 1.0)]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(1.0, 0.0, 0.5)]
    [InlineData(0.5, 0.5, 0.5)]
    [InlineData(1.0, null, 1.0)]
    [InlineData(null, 0.0, 0.0)]
    [InlineData(null, null, null)]
    public void Combine_TwoGames_FastChatRule(double? answerFirst, double? baselineFirst, double? expected)
    {
        Assert.Equal(expected, MtBenchPairwiseScorer.Combine(answerFirst, baselineFirst));
    }

    private static string LastAnswerOf(string prompt, string who)
    {
        var single = $"<|The Start of Assistant {who}'s Answer|>";
        var at = prompt.IndexOf(single, StringComparison.Ordinal);
        if (at >= 0)
        {
            var start = at + single.Length;
            return prompt[start..prompt.IndexOf($"<|The End of Assistant {who}'s Answer|>", start, StringComparison.Ordinal)];
        }

        var marker = $"### Assistant {who}:\n";
        var last = prompt.LastIndexOf(marker, StringComparison.Ordinal);
        var from = last + marker.Length;
        var end = prompt.IndexOf('\n', from);
        return prompt[from..end];
    }
}
