using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Datasets;

public class RealDatasetsTests
{
    [RealDatasetsFact]
    public void Load_PublishedFiles_LoadWithPublishedCountsAndNoIssues()
    {
        var dir = TestPaths.SharedDatasets()!;
        (string Kind, string File, int Count)[] expected =
        [
            (DatasetKinds.Gsm8k, "gsm8k.test.jsonl", 1319),
            (DatasetKinds.Math, "math500.test.jsonl", 500),
            (DatasetKinds.MtBench, "mt-bench.questions.jsonl", 80),
            (DatasetKinds.ArenaHard, "arena-hard-v0.1.questions.jsonl", 500),
            (DatasetKinds.MixEval, "mixeval-2024-06-01/mixeval.free-form.json", 2000),
            (DatasetKinds.MixEval, "mixeval-2024-06-01/mixeval.multiple-choice.json", 2000),
            (DatasetKinds.MixEval, "mixeval-2024-06-01/mixeval-hard.free-form.json", 500),
            (DatasetKinds.MixEval, "mixeval-2024-06-01/mixeval-hard.multiple-choice.json", 500),
            (DatasetKinds.HumanEval, "humaneval-python.jsonl", 164),
            (DatasetKinds.Mbpp, "mbpp.test.jsonl", 500),
        ];

        foreach (var (kind, file, count) in expected)
        {
            var result = DatasetLoaders.Load(kind, Path.Combine(dir, file), MalformedEntryPolicy.Fail);
            Assert.True(count == result.Items.Count, $"{file}: expected {count} items, loaded {result.Items.Count}");
            Assert.Empty(result.Issues);
        }
    }

    [RealDatasetsFact]
    public void Load_HumanEvalWithoutEntryPointField_DerivesEveryEntryPoint()
    {
        var items = DatasetLoaders.Load(DatasetKinds.HumanEval, Path.Combine(TestPaths.SharedDatasets()!, "humaneval-python.jsonl")).Items;

        Assert.All(items, i => Assert.Contains($"def {i.EntryPoint}(", i.CodePrompt, StringComparison.Ordinal));
        Assert.Equal("has_close_elements", items[0].EntryPoint);
    }

    [RealDatasetsFact]
    public void Load_MtBench_ThirtyNineReferences()
    {
        var items = DatasetLoaders.Load(DatasetKinds.MtBench, Path.Combine(TestPaths.SharedDatasets()!, "mt-bench.questions.jsonl")).Items;

        Assert.Equal(39, items.Count(i => i.References.Count > 0));
        Assert.All(items, i => Assert.Equal(2, i.Turns.Count));
    }
}
