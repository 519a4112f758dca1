using Archon.Search.Spaces;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Spaces;

public sealed class SearchSpaceLoaderTests
{
    [Fact]
    public void Parse_RangesAndLists_ExpandsAxes()
    {
        var space = TestSpaces.Small();
        Assert.Equal([1, 2, 3], space.Axes[0].Values.Cast<int>());
        Assert.Equal([1, 3], space.Axes[1].Values.Cast<int>());
        Assert.Equal([2, 4], space.Axes[4].Values.Cast<int>());
        Assert.Equal(["f1", "f2"], space.Axes[5].Values.Cast<string>());
        Assert.Equal([false, true], space.Axes[7].Values.Cast<bool>());
        Assert.Equal(5, space.RankerTopK);
    }

    [Theory]
    [InlineData("""{"ranking":["a"],"generators":{"topK":[1,2]}}""", "$.generators.topK")]
    [InlineData("""{"ranking":["a"],"fusion":{"layers":{"min":1,"max":5}}}""", "$.fusion.layers")]
    [InlineData("""{"ranking":["a"],"generators":{"samples":[0]}}""", "$.generators.samples")]
    [InlineData("""{"ranking":["a"],"fusion":{"temperature":3}}""", "$.fusion.temperature")]
    [InlineData("""{"ranking":["a"],"verifier":{"enabled":"yes"}}""", "$.verifier.enabled")]
    [InlineData("""{"ranking":["a"],"constraints":{"maxUsdPerQuery":-1}}""", "$.constraints.maxUsdPerQuery")]
    [InlineData("""{"generators":{}}""", "$.ranking")]
    public void Parse_BadField_ErrorNamesField(string json, string path)
    {
        var ex = Assert.Throws<SearchSpaceException>(() => SearchSpaceLoader.Parse(json));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RankingFromRankModelsOutput_ReadsModelsBestFirst()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "ranking.json"), """{"dataset":"synthetic","models":[{"rank":1,"model":"sim-xl"},{"rank":2,"model":"sim-large"}]}""");
            File.WriteAllText(Path.Combine(dir.FullName, "space.json"), """{"rankingFile":"ranking.json","generators":{"topK":[1,2]}}""");
            var space = SearchSpaceLoader.LoadFile(Path.Combine(dir.FullName, "space.json"));
            Assert.Equal(["sim-xl", "sim-large"], space.Ranking);
            var choice = new int[AxisNames.All.Count];
            choice[0] = 1;
            Assert.Equal(["sim-xl", "sim-large"], space.PointOf(choice).GeneratorModels);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
