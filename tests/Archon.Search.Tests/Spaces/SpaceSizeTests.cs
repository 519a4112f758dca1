using Archon.Search.Spaces;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Spaces;

public sealed class SpaceSizeTests
{
    public static TheoryData<string> ListedSpaces =>
    [
        TestSpaces.SmallJson,
        """{"ranking":["a","b"],"generators":{"topK":[1,2],"samples":[1,2]},"fusion":{"layers":[1,3],"fusersPerLayer":[2,6]},"criticRanker":{"enabled":[false,true],"criticModels":["c1","c2"]},"unitTests":{"enabled":[false,true],"tests":[3,5]}}""",
        """{"ranking":["a"],"fusion":{"layers":{"min":1,"max":4},"fusersByLayer":[[2,4],[2,4,6],[8]]},"verifier":{"enabled":[true],"models":["v1","v2"]}}""",
    ];

    [Theory]
    [MemberData(nameof(ListedSpaces))]
    public void Distinct_ListedSpace_EqualsThePointsEnumerated(string json)
    {
        var space = SearchSpaceLoader.Parse(json);
        var e = SpaceEnumerator.Enumerate(space);

        Assert.Equal(e.Feasible.Count + e.InfeasibleCount, (int)SpaceSize.Distinct(space));
    }

    [Fact]
    public void Configurations_PaperAxes_AreTheReferenceGridOfTheFusionSlots()
    {
        // 10 generator counts × 5 sample counts × three slots of "no layer, 2, 4, 6 or 8 fusers": 10 · 5 · 5^3.
        var space = SearchSpaceLoader.Parse("""
            {"ranking":["m1","m2","m3","m4","m5","m6","m7","m8","m9","m10"],
             "generators":{"topK":{"min":1,"max":10},"samples":{"min":1,"max":5}},
             "fusion":{"layers":{"min":1,"max":4},"fusersByLayer":[{"min":2,"max":8,"step":2},{"min":2,"max":8,"step":2},{"min":2,"max":8,"step":2}]}}
            """);

        Assert.Equal(6250, (long)SpaceSize.Configurations(space));
        Assert.Equal(10 * 5 * (1 + 4 + 16 + 64), (long)SpaceSize.Distinct(space));
    }

    [Fact]
    public void Configurations_SharedFuserCount_IsTheProductOfTheAxes()
    {
        var space = TestSpaces.Small();

        Assert.Equal(space.RawSize, (long)SpaceSize.Configurations(space));
    }

    [Fact]
    public void Parse_MoreThanTheLimit_RefusedNamingTheLargestAxis()
    {
        // 10 generator counts × 1,000 sample counts × 1,000 fuser models × (off + 3 × 10 critic/ranker pairs).
        var models = string.Join(',', Enumerable.Range(0, 1000).Select(i => $"\"f{i}\""));
        var json = """{"ranking":["a","b","c","d","e","f","g","h","i","j"],"generators":{"topK":{"min":1,"max":10},"samples":{"min":1,"max":1000}},"fusion":{"models":[MODELS]},"criticRanker":{"enabled":[false,true],"criticModels":["c1","c2","c3"],"rankerModels":["r1","r2","r3","r4","r5","r6","r7","r8","r9","r10"]}}"""
            .Replace("MODELS", models, StringComparison.Ordinal);

        var ex = Assert.Throws<SearchSpaceException>(() => SearchSpaceLoader.Parse(json));

        Assert.Equal("$.generators.samples", ex.Path);
        Assert.Contains("310,000,000 distinct architectures", ex.Message, StringComparison.Ordinal);
        Assert.Contains("10,000,000", ex.Message, StringComparison.Ordinal);
    }
}
