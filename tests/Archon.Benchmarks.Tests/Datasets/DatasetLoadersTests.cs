using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Datasets;

public class DatasetLoadersTests
{
    [Fact]
    public void Load_Gsm8k_ReadsNumbersAfterHashesAndReportsBadLinesWithNumbers()
    {
        var result = DatasetLoaders.Load(DatasetKinds.Gsm8k, TestPaths.Fixture("gsm8k.jsonl"));

        Assert.Equal(["7", "2000", "4.5"], result.Items.Select(i => i.References[0]));
        Assert.Equal("gsm8k-1", result.Items[0].Id);
        Assert.Contains("Tom has 3 apples", result.Items[0].Turns[0], StringComparison.Ordinal);
        Assert.Equal([4, 5], result.Issues.Select(i => i.Line));
        Assert.Contains("####", result.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", result.Issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FailPolicy_ThrowsNamingTheLine()
    {
        var ex = Assert.Throws<DatasetFormatException>(
            () => DatasetLoaders.Load(DatasetKinds.Gsm8k, TestPaths.Fixture("gsm8k.jsonl"), MalformedEntryPolicy.Fail));

        Assert.Equal(4, ex.Line);
        Assert.Contains("line 4", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatasetKinds.AlpacaEval)]
    [InlineData(DatasetKinds.MixEval)]
    public void Load_WholeFileJsonCutShort_ThrowsNamingTheFileAndLine(string kind)
    {
        var path = Path.Combine(Path.GetTempPath(), $"archon-cut-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "[\n  {\"instruction\": \"a\"},\n  {\"instruction\": \n");
        try
        {
            var ex = Assert.Throws<DatasetFormatException>(() => DatasetLoaders.Load(kind, path));

            Assert.StartsWith($"{path}: not valid JSON", ex.Message, StringComparison.Ordinal);
            Assert.Equal(4, ex.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_Math_UsesAnswerFieldOrLastBoxedAndCategories()
    {
        var result = DatasetLoaders.Load(DatasetKinds.Math, TestPaths.Fixture("math.jsonl"));

        Assert.Equal(3, result.Items.Count);
        Assert.Equal("test/precalculus/807.json", result.Items[0].Id);
        Assert.Equal("\\left( 3, \\frac{\\pi}{2} \\right)", result.Items[0].References[0]);
        Assert.Equal("Precalculus", result.Items[0].Category);
        Assert.Equal("Level 2", result.Items[0].Subcategory);
        Assert.Equal("5", result.Items[2].References[0]);
        Assert.Contains("\\boxed", result.Items[1].Turns[0], StringComparison.Ordinal);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(4, issue.Line);
        Assert.Contains("'answer'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MtBench_TwoTurnsAndReferences()
    {
        var result = DatasetLoaders.Load(DatasetKinds.MtBench, TestPaths.Fixture("mt-bench.jsonl"));

        Assert.Equal(2, result.Items.Count);
        Assert.Equal(2, result.Items[0].Turns.Count);
        Assert.Empty(result.Items[0].References);
        Assert.Equal(["144", "169"], result.Items[1].References);
        Assert.Equal("math", result.Items[1].Category);
        Assert.Equal("111", result.Items[1].Id);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("'turns' must be a list", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ArenaHard_ReadsTurnContentAndCluster()
    {
        var result = DatasetLoaders.Load(DatasetKinds.ArenaHard, TestPaths.Fixture("arena-hard.jsonl"));

        Assert.Equal(["q-abc", "q-def"], result.Items.Select(i => i.Id));
        Assert.Equal("Write a limerick about a cat.", result.Items[1].Turns[0]);
        Assert.Equal("Poetry", result.Items[1].Subcategory);
        Assert.Equal(3, Assert.Single(result.Issues).Line);
    }

    [Fact]
    public void Load_AlpacaEval_HashIdsAndOutputAsBaseline()
    {
        var result = DatasetLoaders.Load(DatasetKinds.AlpacaEval, TestPaths.Fixture("alpaca-eval.json"));

        Assert.Equal(2, result.Items.Count);
        Assert.StartsWith("alpaca-", result.Items[0].Id, StringComparison.Ordinal);
        Assert.Equal("Red, yellow and blue.", result.Items[0].References[0]);
        Assert.Equal("helpful_base", result.Items[0].Category);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("'instruction' is missing", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MixEvalFreeForm_TargetsAndBenchmarkName()
    {
        var result = DatasetLoaders.Load(DatasetKinds.MixEval, TestPaths.Fixture("mixeval.free-form.json"));

        Assert.Equal(2, result.Items.Count);
        Assert.Equal(["Paris", "Paris, France"], result.Items[0].References);
        Assert.Equal("TriviaQA", result.Items[0].Category);
        Assert.Empty(result.Items[0].Options);
        Assert.StartsWith("The cat sat on the mat.", result.Items[1].Turns[0], StringComparison.Ordinal);
        Assert.Contains("entry \"2\"", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MixEvalMultipleChoice_LettersOptionsAndRejectsBadIndex()
    {
        var result = DatasetLoaders.Load(DatasetKinds.MixEval, TestPaths.Fixture("mixeval.multiple-choice.json"));

        Assert.Equal(2, result.Items.Count);
        Assert.Equal([1], result.Items[0].CorrectOptions);
        Assert.Contains("B. Jupiter", result.Items[0].Turns[0], StringComparison.Ordinal);
        Assert.Equal("multiple-choice", result.Items[0].Subcategory);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("option indices 0..1", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HumanEval_EntryPointFromFieldOrDeclaration()
    {
        var result = DatasetLoaders.Load(DatasetKinds.HumanEval, TestPaths.Fixture("humaneval.jsonl"));

        Assert.Equal(2, result.Items.Count);
        Assert.Equal("add", result.Items[0].EntryPoint);
        Assert.Equal("total", result.Items[1].EntryPoint);
        Assert.Contains("def check", result.Items[1].TestCode, StringComparison.Ordinal);
        Assert.Contains("check(candidate)", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Mbpp_TestsAndEntryPoint()
    {
        var result = DatasetLoaders.Load(DatasetKinds.Mbpp, TestPaths.Fixture("mbpp.jsonl"));

        Assert.Equal(["11", "12"], result.Items.Select(i => i.Id));
        Assert.Equal("square", result.Items[0].EntryPoint);
        Assert.Contains("assert square(-2) == 4", result.Items[0].TestCode, StringComparison.Ordinal);
        Assert.Contains("assert square(3) == 9", result.Items[0].Turns[0], StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(result.Issues).Line);
    }

    [Fact]
    public void Load_Synthetic_IdsQuestionsAnswers()
    {
        var result = DatasetLoaders.Load(DatasetKinds.Synthetic, TestPaths.Fixture("synthetic.jsonl"));

        Assert.Equal(["syn-0", "syn-1"], result.Items.Select(i => i.Id));
        Assert.Equal("42", result.Items[1].References[0]);
        Assert.Contains("'answer' must be an integer", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForKind_UnknownKind_ListsKnownKinds()
    {
        var ex = Assert.Throws<ArgumentException>(() => DatasetLoaders.ForKind("gsm9k"));

        Assert.Contains("gsm9k", ex.Message, StringComparison.Ordinal);
        Assert.Contains("mt-bench", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => DatasetLoaders.Load(DatasetKinds.Gsm8k, "/nonexistent/gsm8k.jsonl"));
    }

    [Fact]
    public void Load_DuplicateIds_ReportsSecond()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "dup.jsonl");
        File.WriteAllLines(path, ["""{"id":"a","question":"q","answer":1}""", """{"id":"a","question":"q2","answer":2}"""]);

        var result = DatasetLoaders.Load(DatasetKinds.Synthetic, path);

        Assert.Single(result.Items);
        Assert.Contains("duplicate id 'a'", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }
}
