using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Sandbox;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Scoring;

public class CSharpCodeScorerTests
{
    private static readonly IReadOnlyList<BenchmarkItem> Items = DatasetLoaders.Load(DatasetKinds.HumanEvalCs, TestPaths.Fixture("humaneval-cs.jsonl")).Items;
    private static readonly IScorer Scorer = Scorers.ForKind(DatasetKinds.HumanEvalCs, new ScorerOptions { Sandbox = new SandboxOptions { Timeout = TimeSpan.FromSeconds(20) } });

    [Theory]
    [InlineData(0, "```csharp\npublic static long Twice(long x) {\n    return 2 * x;\n}\n```")]
    [InlineData(0, "        return x + x;\n    }\n")]
    [InlineData(1, "```csharp\npublic static List<long> Evens(List<long> xs) {\n    return xs.Where(x => x % 2 == 0).ToList();\n}\n```")]
    public async Task ScoreAsync_CorrectReply_Passes(int index, string reply)
    {
        var score = await Scorer.ScoreAsync(Items[index], [reply], CancellationToken.None);

        Assert.True(score.Correct, score.Detail);
        Assert.Equal("tests passed", score.Detail);
        Assert.NotNull(score.Sandbox);
    }

    [Fact]
    public async Task ScoreAsync_WrongReply_FailsNamingTheAssertion()
    {
        var score = await Scorer.ScoreAsync(Items[0], ["        return x + 2;\n    }\n"], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.Equal("assertion failed: Twice((-3L)) == (-6L)", score.Detail);
    }

    [Fact]
    public async Task ScoreAsync_ExitBeforeTheTests_Fails()
    {
        var score = await Scorer.ScoreAsync(Items[0], ["        Environment.Exit(0); return 0;\n    }\n"], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.Contains("early exit", score.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_ReplyShadowingDebug_StillChecked()
    {
        var reply = "```csharp\nclass Problem {\n    public static long Twice(long x) { return 0; }\n}\nclass Debug { public static void Assert(bool c) { } }\n```";

        var score = await Scorer.ScoreAsync(Items[0], [reply], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.StartsWith("assertion failed", score.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_CompileError_FailsWithTheCompilerMessage()
    {
        var score = await Scorer.ScoreAsync(Items[0], ["        return y;\n    }\n"], CancellationToken.None);

        Assert.False(score.Correct);
        Assert.StartsWith("compile error: CS0103", score.Detail, StringComparison.Ordinal);
        Assert.Null(score.Sandbox);
    }

    [RealDatasetsFact]
    public async Task ScoreAsync_PublishedItems_HandWrittenSolutionsPassAndStubsFailAtRunTime()
    {
        var items = DatasetLoaders.Load(DatasetKinds.HumanEvalCs, Path.Combine(TestPaths.SharedDatasets()!, "humaneval-cs.jsonl")).Items.ToDictionary(i => i.Id);
        var solutions = new Dictionary<string, string>
        {
            ["HumanEval_23_strlen"] = "        return str.Length;\n    }\n",
            ["HumanEval_89_encrypt"] = "```csharp\npublic static string Encrypt(string s) {\n    return new string(s.Select(c => (char)('a' + (c - 'a' + 4) % 26)).ToArray());\n}\n```",
        };

        foreach (var (id, reply) in solutions)
        {
            var pass = await Scorer.ScoreAsync(items[id], [reply], CancellationToken.None);
            Assert.True(pass.Correct, $"{id}: {pass.Detail}");
        }

        // Every item's prompt and tests compile with a stub body, and the tests then run (and fail on the stub).
        foreach (var item in items.Values.Take(12))
        {
            var stub = await Scorer.ScoreAsync(item, ["        throw new NotImplementedException();\n    }\n"], CancellationToken.None);
            Assert.False(stub.Correct);
            Assert.DoesNotContain("compile error", stub.Detail, StringComparison.Ordinal);
        }
    }
}
