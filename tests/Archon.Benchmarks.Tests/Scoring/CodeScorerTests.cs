using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Sandbox;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Scoring;

public class CodeScorerTests
{
    private static readonly IScorer Scorer = Scorers.ForKind(DatasetKinds.HumanEval);

    private static BenchmarkItem HumanEval(int index) =>
        DatasetLoaders.Load(DatasetKinds.HumanEval, TestPaths.Fixture("humaneval.jsonl")).Items[index];

    private static BenchmarkItem Mbpp(int index) =>
        DatasetLoaders.Load(DatasetKinds.Mbpp, TestPaths.Fixture("mbpp.jsonl")).Items[index];

    [Fact]
    public async Task ScoreAsync_HumanEvalFullFunctionInFence_Passes()
    {
        var score = await Scorer.ScoreAsync(HumanEval(0), ["Here:\n```python\ndef add(a, b):\n    return a + b\n```"], CancellationToken.None);

        Assert.Equal(1, score.Score);
        Assert.True(score.Correct);
    }

    [Fact]
    public async Task ScoreAsync_HumanEvalBodyOnlyCompletion_PromptSuppliesSignature()
    {
        var score = await Scorer.ScoreAsync(HumanEval(1), ["    return sum(xs)\n"], CancellationToken.None);

        Assert.True(score.Correct, score.Detail);
    }

    [Fact]
    public async Task ScoreAsync_HumanEvalWrongAnswer_FailsWithAssertion()
    {
        var score = await Scorer.ScoreAsync(HumanEval(0), ["```python\ndef add(a, b):\n    return a - b\n```"], CancellationToken.None);

        Assert.Equal(0, score.Score);
        Assert.Contains("AssertionError", score.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_MbppAsserts_PassAndFail()
    {
        var scorer = Scorers.ForKind(DatasetKinds.Mbpp);

        var good = await scorer.ScoreAsync(Mbpp(0), ["```python\ndef square(x):\n    return x ** 2\n```"], CancellationToken.None);
        var bad = await scorer.ScoreAsync(Mbpp(1), ["```python\ndef is_even(n):\n    return True\n```"], CancellationToken.None);

        Assert.True(good.Correct, good.Detail);
        Assert.False(bad.Correct);
    }

    [RealDatasetsFact]
    public async Task ScoreAsync_PublishedCanonicalSolutions_Pass()
    {
        var dir = TestPaths.SharedDatasets()!;
        var humaneval = DatasetLoaders.Load(DatasetKinds.HumanEval, Path.Combine(dir, "humaneval-python.jsonl")).Items.Take(8);
        var mbpp = DatasetLoaders.Load(DatasetKinds.Mbpp, Path.Combine(dir, "mbpp.test.jsonl")).Items.Take(8);

        foreach (var item in humaneval)
        {
            var score = await Scorer.ScoreAsync(item, [item.CodePrompt + item.Metadata["canonical_solution"]], CancellationToken.None);
            Assert.True(score.Correct, $"{item.Id}: {score.Detail}");
        }

        var mbppScorer = Scorers.ForKind(DatasetKinds.Mbpp);
        foreach (var item in mbpp)
        {
            var score = await mbppScorer.ScoreAsync(item, ["```python\n" + item.Metadata["code"] + "\n```"], CancellationToken.None);
            Assert.True(score.Correct, $"{item.Id}: {score.Detail}");
        }
    }

    [Theory]
    [InlineData("```python\nimport sys\ndef add(a, b):\n    return 0\nsys.exit(0)\n```")]
    [InlineData("```python\nimport os\ndef add(a, b):\n    return 0\nos._exit(0)\n```")]
    public async Task ScoreAsync_ExitZeroBeforeTheTests_FailsAsEarlyExit(string reply)
    {
        var score = await Scorer.ScoreAsync(HumanEval(0), [reply], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.Contains("early exit", score.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_ProgramPrintsALot_DetailStaysShort()
    {
        var reply = "```python\ndef add(a, b):\n    print('secret-looking text ' * 500)\n    raise RuntimeError('x' * 10000)\n```";

        var score = await Scorer.ScoreAsync(HumanEval(0), [reply], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.DoesNotContain("secret-looking", score.Detail, StringComparison.Ordinal);
        Assert.True(score.Detail!.Length <= 260, $"detail of {score.Detail.Length} characters");
    }

    [Fact]
    public async Task ScoreAsync_AnyItem_RecordsTheSandboxMode()
    {
        var score = await Scorer.ScoreAsync(HumanEval(0), ["```python\ndef add(a, b):\n    return a + b\n```"], CancellationToken.None);

        Assert.Equal(PythonSandbox.NamespacesAvailable ? SandboxModes.Namespaces : SandboxModes.LimitsOnly, score.Sandbox);
    }
}
