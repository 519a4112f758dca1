using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Datasets;

public class CSharpHumanEvalLoaderTests
{
    [Fact]
    public void Load_MultiPLEFormat_ReadsPromptTestsEntryPointAndStopTokens()
    {
        var result = DatasetLoaders.Load(DatasetKinds.HumanEvalCs, TestPaths.Fixture("humaneval-cs.jsonl"));

        var item = result.Items[0];
        Assert.Equal("HumanEval_900_twice", item.Id);
        Assert.Equal("Twice", item.EntryPoint);
        Assert.Equal("Evens", result.Items[1].EntryPoint);
        Assert.StartsWith("using System;", item.CodePrompt, StringComparison.Ordinal);
        Assert.Contains("Debug.Assert(Twice((2L)) == (4L));", item.TestCode, StringComparison.Ordinal);
        Assert.Contains("```csharp", item.Turns[0], StringComparison.Ordinal);
        Assert.Equal("[\"\\n    }\\n\"]", item.Metadata["stop_tokens"]);
    }

    [Fact]
    public void Load_OtherLanguageOrNoMain_ReportedNamingTheField()
    {
        var result = DatasetLoaders.Load(DatasetKinds.HumanEvalCs, TestPaths.Fixture("humaneval-cs.jsonl"));

        Assert.Equal(2, result.Items.Count);
        Assert.Contains("'language' must be 'cs'", result.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("'tests' must define the Main method", result.Issues[1].Message, StringComparison.Ordinal);
    }

    [RealDatasetsFact]
    public void Load_PublishedMultiPLEFile_All158ItemsWithEntryPoints()
    {
        var path = Path.Combine(TestPaths.SharedDatasets()!, "humaneval-cs.jsonl");

        var result = DatasetLoaders.Load(DatasetKinds.HumanEvalCs, path, MalformedEntryPolicy.Fail);

        Assert.Equal(158, result.Items.Count);
        Assert.All(result.Items, i => Assert.Contains($" {i.EntryPoint}(", i.CodePrompt, StringComparison.Ordinal));
        Assert.Equal("Strlen", result.Items.Single(i => i.Id == "HumanEval_23_strlen").EntryPoint);
    }
}
