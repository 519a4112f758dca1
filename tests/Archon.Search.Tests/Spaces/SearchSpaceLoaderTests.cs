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
    [InlineData("""{"ranking":["a"],"generators":{"samples":{"min":1,"max":2000000000}}}""", "$.generators.samples")]
    [InlineData("""{"ranking":["a"],"generators":{"topK":{"min":1,"max":2147483647}}}""", "$.generators.topK")]
    [InlineData("""{"ranking":["a"],"generators":{"samples":{"min":1,"max":2147483647,"step":1073741824}}}""", "$.generators.samples")]
    [InlineData("""{"ranking":["a"],"generators":{"samples":{"min":1,"max":1e30}}}""", "$.generators.samples.max")]
    [InlineData("""{"ranking":["a"],"generators":{"samples":[1, 9223372036854775807]}}""", "$.generators.samples")]
    [InlineData("""{"ranking":["a"],"unitTests":{"tests":{"min":-2147483648,"max":5}}}""", "$.unitTests.tests")]
    [InlineData("""{"ranking":["a"],"maxTokens":2147483647}""", "$.maxTokens")]
    [InlineData("""{"ranking":["a"],"constraints":{"maxCallsPerQuery":0}}""", "$.constraints.maxCallsPerQuery")]
    [InlineData("""{"ranking":["a"],"fusion":{"layers":[1,3],"fusersByLayer":[[2]]}}""", "$.fusion.fusersByLayer")]
    [InlineData("""{"ranking":["a"],"fusion":{"layers":[1,2],"fusersByLayer":[[12]]}}""", "$.fusion.fusersByLayer[0]")]
    [InlineData("""{"ranking":["a"],"fusion":{"layers":[2],"fusersPerLayer":2,"fusersByLayer":[[2]]}}""", "$.fusion.fusersByLayer")]
    [InlineData("""{"ranking":["a"],"fusion":{"models":{"top":2}}}""", "$.fusion.models")]
    [InlineData("""{"ranking":["a"],"fusion":{"ranking":["f1"],"models":{"top":2}}}""", "$.fusion.models.top")]
    [InlineData("""{"ranking":["a"],"verifier":{"enabled":[true,false,true]}}""", "$.verifier.enabled")]
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

    [Theory]
    [InlineData("{\"ranking\":[\"a\",\"LONG\"]}", "$.ranking[1]")]
    [InlineData("{\"ranking\":[\"a\"],\"fusion\":{\"models\":\"LONG\"}}", "$.fusion.models")]
    [InlineData("{\"ranking\":[\"a\"],\"criticRanker\":{\"criticModels\":[\"a\",\"LONG\"]}}", "$.criticRanker.criticModels[1]")]
    public void Parse_ModelNameOverTheLengthLimit_RefusedNamingTheEntryAndTheRule(string template, string path)
    {
        var json = template.Replace("LONG", new string('m', 20_000), StringComparison.Ordinal);

        var ex = Assert.Throws<SearchSpaceException>(() => SearchSpaceLoader.Parse(json));

        Assert.Equal(path, ex.Path);
        Assert.Equal("must be at most 256 characters with no control characters, but it is 20,000 characters long", ex.Rule);
    }

    [Fact]
    public void LoadFile_RankingFileNameWithControlCharacter_RefusedNamingTheEntry()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "ranking.txt"), "sim-xl\nsim\u0001large\n");
            File.WriteAllText(Path.Combine(dir.FullName, "space.json"), """{"rankingFile":"ranking.txt"}""");

            var ex = Assert.Throws<SearchSpaceException>(() => SearchSpaceLoader.LoadFile(Path.Combine(dir.FullName, "space.json")));

            Assert.EndsWith("ranking.txt[1]", ex.Path, StringComparison.Ordinal);
            Assert.Contains("control character U+0001 at index 3", ex.Rule, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("$.generators.temperature")]
    [InlineData("$.fusion.models")]
    [InlineData("$.ranking")]
    public void Parse_ListOfAMillionValues_RefusedNamingTheList(string path)
    {
        static string List(Func<int, string> entry) => "[" + string.Join(',', Enumerable.Range(0, 1_000_000).Select(entry)) + "]";
        var json = path switch
        {
            "$.ranking" => "{\"ranking\":" + List(i => $"\"m{i}\"") + "}",
            "$.fusion.models" => "{\"ranking\":[\"a\"],\"fusion\":{\"models\":" + List(i => $"\"f{i}\"") + "}}",
            _ => "{\"ranking\":[\"a\"],\"generators\":{\"temperature\":" + List(_ => "0.5") + "}}",
        };

        var ex = Assert.Throws<SearchSpaceException>(() => SearchSpaceLoader.Parse(json));

        Assert.Equal(path, ex.Path);
        Assert.Contains("at most 1,000 values", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FusersByLayer_OneAxisPerNonFinalLayer()
    {
        var space = SearchSpaceLoader.Parse("""{"ranking":["a"],"fusion":{"layers":{"min":1,"max":3},"fusersByLayer":[{"min":2,"max":6,"step":2},[8]]}}""");

        Assert.True(space.FusersVaryByLayer);
        Assert.Equal([2, 4, 6], space.Axes[4].Values.Cast<int>());
        Assert.Equal([8], space.Axes[15].Values.Cast<int>());
        Assert.Equal([0], space.Axes[16].Values.Cast<int>());
    }

    [Fact]
    public void Parse_FuserModelsFromTheTopOfAFuserRanking_TakesTheBestFusers()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "fusers.json"), """{"role":"fuser","models":[{"rank":1,"model":"f-best"},{"rank":2,"model":"f-good"},{"rank":3,"model":"f-weak"}]}""");
            File.WriteAllText(Path.Combine(dir.FullName, "space.json"), """{"ranking":["g"],"fusion":{"rankingFile":"fusers.json","models":{"top":2}}}""");

            var space = SearchSpaceLoader.LoadFile(Path.Combine(dir.FullName, "space.json"));

            Assert.Equal(["f-best", "f-good"], space.Axes[5].Values.Cast<string>());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Parse_GeneratorRankingGivenAsFuserRanking_RefusedSayingWhichRoleItRanks()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "ranking.json"), """{"role":"generator","models":[{"rank":1,"model":"g1"}]}""");
            File.WriteAllText(Path.Combine(dir.FullName, "space.json"), """{"ranking":["g"],"fusion":{"rankingFile":"ranking.json","models":{"top":1}}}""");

            var ex = Assert.Throws<SearchSpaceException>(() => SearchSpaceLoader.LoadFile(Path.Combine(dir.FullName, "space.json")));

            Assert.Contains("ranks models as generators", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
