using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Sandbox;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Scoring;

public class CodeContestsScorerTests
{
    private static readonly IReadOnlyList<BenchmarkItem> Items = DatasetLoaders.Load(DatasetKinds.CodeContests, TestPaths.Fixture("code-contests.jsonl")).Items;
    private static readonly IScorer Scorer = Scorers.ForKind(DatasetKinds.CodeContests);

    private static string Fenced(string code) => "Here is my solution:\n```python\n" + code + "```\n";

    [Fact]
    public async Task ScoreAsync_CorrectProgram_PassesEveryTestOfEverySet()
    {
        var score = await Scorer.ScoreAsync(Items[0], [Fenced("a, b = map(int, input().split())\nprint(a + b)\n")], CancellationToken.None);

        Assert.True(score.Correct, score.Detail);
        Assert.Equal("passed all 4 tests (1 public, 2 private, 1 generated)", score.Detail);
        Assert.NotNull(score.Sandbox);
    }

    [Fact]
    public async Task ScoreAsync_WrongAnswer_FailsNamingTheTestAndToken()
    {
        var score = await Scorer.ScoreAsync(Items[0], [Fenced("a, b = map(int, input().split())\nprint(a - b)\n")], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.Equal("test 1 of 4 (public): wrong answer, token 1: expected '3', got '-1'", score.Detail);
    }

    [Fact]
    public async Task ScoreAsync_PassesPublicFailsPrivate_Fails()
    {
        var score = await Scorer.ScoreAsync(Items[0], [Fenced("input()\nprint(3)\n")], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.StartsWith("test 2 of 4 (private)", score.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_DecimalOutput_ComparedWithTolerance()
    {
        var score = await Scorer.ScoreAsync(Items[1], [Fenced("n = int(input())\nxs = list(map(int, input().split()))\nprint(sum(xs) / n)\n")], CancellationToken.None);

        Assert.True(score.Correct, score.Detail);
    }

    [Fact]
    public async Task ScoreAsync_SlowProgram_FailsAtTheScaledTimeLimit()
    {
        var score = await Scorer.ScoreAsync(Items[0], [Fenced("while True:\n    pass\n")], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.StartsWith("test 1 of 4 (public) failed: time limit exceeded", score.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_CrashingProgram_FailsWithTheErrorLineOnly()
    {
        var score = await Scorer.ScoreAsync(Items[0], [Fenced("print('x' * 5000)\nraise ValueError('bad input ' + 'y' * 5000)\n")], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.StartsWith("test 1 of 4 (public) failed: exit code 1: ValueError: bad input", score.Detail, StringComparison.Ordinal);
        Assert.True(score.Detail!.Length < 300, $"detail of {score.Detail.Length} characters");
    }

    [Fact]
    public async Task ScoreAsync_DeepMindLayout_SolutionFromTheFilePasses()
    {
        var item = DatasetLoaders.Load(DatasetKinds.CodeContests, TestPaths.Fixture("code-contests.deepmind.json")).Items[0];

        var score = await Scorer.ScoreAsync(item, [Fenced("import sys\nfor line in sys.stdin.read().split():\n    print(line[::-1])\n")], CancellationToken.None);

        Assert.True(score.Correct, score.Detail);
    }

    [Theory]
    [InlineData(1.0, 10.0, 4.0)]
    [InlineData(5.0, 10.0, 10.0)]
    [InlineData(null, 10.0, 10.0)]
    public void TestTimeout_ProblemLimit_ScaledAndCapped(double? problemSeconds, double capSeconds, double expectedSeconds)
    {
        var limit = problemSeconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), CodeContestsScorer.TestTimeout(limit, TimeSpan.FromSeconds(capSeconds)));
    }

    [Fact]
    public async Task ScoreAsync_ItemWithoutTests_Throws()
    {
        var item = Items[0] with { StdioTests = [] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Scorer.ScoreAsync(item, ["x"], CancellationToken.None));
    }

    [Fact]
    public async Task ScoreAsync_LimitsOnlySandbox_RecordsTheWeakerMode()
    {
        var scorer = Scorers.ForKind(DatasetKinds.CodeContests, new ScorerOptions { Sandbox = new SandboxOptions { Isolation = SandboxIsolation.LimitsOnly } });

        var score = await scorer.ScoreAsync(Items[0], [Fenced("a, b = map(int, input().split())\nprint(a + b)\n")], CancellationToken.None);

        Assert.True(score.Correct, score.Detail);
        Assert.Equal(SandboxModes.LimitsOnly, score.Sandbox);
    }
}
