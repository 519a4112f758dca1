using Archon.Core.Components.Ranker;

namespace Archon.Core.Tests.Components.Ranker;

public class RankingParserTests
{
    [Fact]
    public void Parse_ValidRanking_ReturnsZeroBasedIndices()
    {
        Assert.Equal([2, 0, 1], RankingParser.Parse("""{"ranking":[3,1,2]}""", 3)!);
    }

    [Fact]
    public void Parse_OnlyInvalidIds_ReturnsNull()
    {
        Assert.Null(RankingParser.Parse("""{"ranking":[0,4,"x"]}""", 3));
    }

    [Fact]
    public void Parse_FloatIds_AreAccepted()
    {
        Assert.Equal([1, 0], RankingParser.Parse("""{"ranking":[2.0,1.0]}""", 2)!);
    }

    [Fact]
    public void Complete_PartialRanking_AppendsTheRestInIncomingOrder()
    {
        Assert.Equal([3, 1, 0, 2, 4], RankingParser.Complete([3, 1], 5));
    }
}
