using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Tests.Support;
using Archon.Core.Synthetic;

namespace Archon.Benchmarks.Tests.Datasets;

public class SyntheticDatasetTests
{
    [Fact]
    public void Write_ThenLoad_RoundTripsTasksDeterministically()
    {
        var dir = TestPaths.TempDir();
        var a = Path.Combine(dir, "a.jsonl");
        var b = Path.Combine(dir, "b.jsonl");

        SyntheticDataset.Write(a, 25, seed: 3);
        SyntheticDataset.Write(b, 25, seed: 3);
        var items = DatasetLoaders.Load(DatasetKinds.Synthetic, a, MalformedEntryPolicy.Fail).Items;
        var tasks = SyntheticTasks.Generate(25, 3);

        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.Equal(tasks.Select(t => t.Id), items.Select(i => i.Id));
        Assert.Equal(tasks.Select(t => t.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture)), items.Select(i => i.References[0]));
        Assert.All(items, i => Assert.True(SyntheticTasks.TrySolve(i.Turns[0], out var answer) && answer.ToString(System.Globalization.CultureInfo.InvariantCulture) == i.References[0]));
    }

    [Fact]
    public void Write_OtherSeed_OtherTasks()
    {
        Assert.NotEqual(SyntheticDataset.Lines(10, 1), SyntheticDataset.Lines(10, 2));
    }
}
