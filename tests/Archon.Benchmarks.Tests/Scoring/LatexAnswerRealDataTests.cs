using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;
using Xunit.Abstractions;

namespace Archon.Benchmarks.Tests.Scoring;

public class LatexAnswerRealDataTests(ITestOutputHelper output)
{
    [RealDatasetsFact]
    public void Equivalent_PublishedSolutionsBoxedAnswer_MatchesPublishedAnswer()
    {
        var items = DatasetLoaders.Load(DatasetKinds.Math, Path.Combine(TestPaths.SharedDatasets()!, "math500.test.jsonl")).Items;
        var misses = items
            .Select(i => (Item: i, Boxed: LatexAnswer.LastBoxed(i.Metadata["solution"])))
            .Where(x => !LatexAnswer.Equivalent(x.Boxed, x.Item.References[0]))
            .ToList();
        foreach (var (item, boxed) in misses)
        {
            output.WriteLine($"{item.Id}: boxed '{boxed}' vs answer '{item.References[0]}'");
        }

        Assert.True(misses.Count <= items.Count / 50, $"{misses.Count} of {items.Count} published solutions do not match their own answer");
    }

    [RealDatasetsFact]
    public void Equivalent_WrongItemsAnswer_RarelyMatches()
    {
        var items = DatasetLoaders.Load(DatasetKinds.Math, Path.Combine(TestPaths.SharedDatasets()!, "math500.test.jsonl")).Items;
        var collisions = Enumerable.Range(0, items.Count)
            .Count(i => LatexAnswer.Equivalent(items[i].References[0], items[(i + 1) % items.Count].References[0]));

        Assert.True(collisions <= items.Count / 20, $"{collisions} neighbouring items' answers compared equal");
    }
}
