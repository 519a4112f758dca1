using Archon.Search.Spaces;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Spaces;

public sealed class SpaceCheckTests
{
    public static TheoryData<string, string> HostileSpaces => new()
    {
        { """{"ranking":["a"],"generators":{"samples":{"min":1,"max":2000000000}}}""", "$.generators.samples" },
        { """{"ranking":["a"],"generators":{"topK":{"min":1,"max":2147483647}}}""", "$.generators.topK" },
        { """{"ranking":["a"],"fusion":{"fusersPerLayer":{"min":2,"max":2147483647,"step":2147483647}}}""", "$.fusion.fusersPerLayer" },
        { """{"ranking":["a"],"generators":{"samples":{"min":-9223372036854775808,"max":9223372036854775807}}}""", "$.generators.samples" },
        { """{"ranking":["a"],"generators":{"samples":{"min":1,"max":5,"step":0}}}""", "$.generators.samples" },
        { """{"ranking":["a"],"generators":{"temperature":[1e400]}}""", "$.generators.temperature" },
        { """{"ranking":["a"], "generators": """, "$" },
        { """[1, 2, 3]""", "$" },
        { new string('[', 10_000) + new string(']', 10_000), "$" },
        { """{"ranking":["a"],"fusion":{"layers":[1,2,3,4],"fusersByLayer":[[2],[2],[2],[2],[2]]}}""", "$.fusion.fusersByLayer" },
        { """{"ranking":["a"],"fusion":{"rankingFile":"/etc/passwd","models":{"top":1}}}""", "$.fusion.rankingFile" },
        { """{"rankingFile":"/etc/passwd"}""", "$.rankingFile" },
        { "{\"ranking\":[\"a\"],\"unitTests\":{\"enabled\":true,\"models\":[" + string.Join(',', Enumerable.Range(0, 2000).Select(i => $"\"u{i}\"")) + "]}}", "$.unitTests.models" },
    };

    [Theory]
    [MemberData(nameof(HostileSpaces))]
    public void Check_HostileSpace_ReturnsTheFieldAndRuleWithoutThrowing(string json, string field)
    {
        var result = SpaceCheck.Check(json);

        Assert.False(result.IsValid);
        Assert.Equal(field, result.Field);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Null(result.Enumeration);
    }

    [Fact]
    public void Check_PaperAxes_CountsAsThePaperDoes()
    {
        var result = SpaceCheck.Check(PaperJson);

        Assert.True(result.IsValid, result.Error);
        var counts = result.Counts!;
        Assert.Equal(6250, counts.Configurations);
        Assert.Equal(4250, counts.Distinct);
        Assert.Equal(3192, counts.Feasible);
        Assert.True(counts.FeasibleExact);
        // 12 of the 50 generator settings send more than 24 candidates to the first fuser: 12 × 85 structures.
        Assert.Equal(1020, counts.RemovedByRule[SpaceEnumerator.RuleFuserContext]);
        Assert.Equal(50, counts.RemovedByRule[SpaceEnumerator.RuleMinFusionLayers]);
    }

    [Fact]
    public void Check_SpaceTooLargeToList_SampledWithEstimatedCounts()
    {
        var result = SpaceCheck.Check(TestSpaces.LargeJson);

        Assert.True(result.IsValid, result.Error);
        Assert.True(result.Enumeration!.IsSampled);
        Assert.Equal(630_000, result.Counts!.Distinct);
        Assert.False(result.Counts.FeasibleExact);
        Assert.InRange(result.Counts.Feasible, 315_000, 629_999);
        Assert.True(result.Counts.RemovedByRule[SpaceEnumerator.RuleMaxCalls] > 0);
    }

    /// <summary>The paper's axes with ten ranked models inline: what examples/search-spaces/paper.json holds.</summary>
    internal const string PaperJson = """
        {
          "name": "paper",
          "ranking": ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10"],
          "generators": { "topK": { "min": 1, "max": 10 }, "samples": { "min": 1, "max": 5 } },
          "fusion": {
            "layers": { "min": 1, "max": 4 },
            "fusersByLayer": [{ "min": 2, "max": 8, "step": 2 }, { "min": 2, "max": 8, "step": 2 }, { "min": 2, "max": 8, "step": 2 }],
            "ranking": ["f1", "f2"],
            "models": { "top": 1 }
          },
          "constraints": { "fuserContextLimit": 24, "minFusionLayers": 2 }
        }
        """;
}
