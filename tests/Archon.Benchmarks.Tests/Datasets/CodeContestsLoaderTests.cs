using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Datasets;

public class CodeContestsLoaderTests
{
    [Fact]
    public void Load_HuggingFaceLayout_ReadsTestsInOrderWithLimitsAndBreakdown()
    {
        var result = DatasetLoaders.Load(DatasetKinds.CodeContests, TestPaths.Fixture("code-contests.jsonl"));

        var first = result.Items[0];
        Assert.Equal("1000_A. Add Two Numbers", first.Id);
        Assert.Contains("print a + b", first.Turns[0], StringComparison.Ordinal);
        Assert.Contains("standard input", first.Turns[0], StringComparison.Ordinal);
        Assert.Equal(["public", "private", "private", "generated"], first.StdioTests.Select(t => t.Set));
        Assert.Equal(new StdioTest("1 2\n", "3\n", "public"), first.StdioTests[0]);
        Assert.Equal(TimeSpan.FromSeconds(1), first.TimeLimit);
        Assert.Equal("codeforces", first.Category);
        Assert.Equal("A", first.Subcategory);
        Assert.Equal("256000000", first.Metadata["memory_limit_bytes"]);
        Assert.Equal(TimeSpan.FromSeconds(2.5), result.Items[1].TimeLimit);
        Assert.Equal("B", result.Items[1].Subcategory);
    }

    [Fact]
    public void Load_MalformedProblems_ReportedNamingTheField()
    {
        var result = DatasetLoaders.Load(DatasetKinds.CodeContests, TestPaths.Fixture("code-contests.jsonl"));

        Assert.Equal(2, result.Items.Count);
        Assert.Equal(2, result.Issues.Count);
        Assert.Equal(3, result.Issues[0].Line);
        Assert.Contains("'public_tests' has 2 inputs but 1 outputs", result.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("hold no test", result.Issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeepMindConverterJsonList_ReadsListTestsAndTextDuration()
    {
        var result = DatasetLoaders.Load(DatasetKinds.CodeContests, TestPaths.Fixture("code-contests.deepmind.json"), MalformedEntryPolicy.Fail);

        var item = Assert.Single(result.Items);
        Assert.Equal("p00001 Echo Lines", item.Id);
        Assert.Equal(2, item.StdioTests.Count);
        Assert.Equal("zyx\n", item.StdioTests[1].Output);
        Assert.Equal(TimeSpan.FromSeconds(1.5), item.TimeLimit);
        Assert.Equal("aizu", item.Category);
        Assert.Equal("unknown-difficulty", item.Subcategory);
    }

    [Fact]
    public void Load_FailPolicy_ThrowsAtTheFirstBadProblemWithItsLine()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetLoaders.Load(DatasetKinds.CodeContests, TestPaths.Fixture("code-contests.jsonl"), MalformedEntryPolicy.Fail));

        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Load_TestOfTheWrongShape_ReportsTheField()
    {
        var path = Path.Combine(TestPaths.TempDir(), "cc.jsonl");
        File.WriteAllText(path, "{\"name\": \"x\", \"description\": \"d\", \"public_tests\": [{\"input\": \"1\"}]}\n");

        var result = DatasetLoaders.Load(DatasetKinds.CodeContests, path);

        Assert.Contains("'public_tests[0].output' must be a string", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }
}
