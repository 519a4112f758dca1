using Archon.Search.Spaces;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Spaces;

public sealed class PointIndexerTests
{
    [Theory]
    [MemberData(nameof(SpaceSizeTests.ListedSpaces), MemberType = typeof(SpaceSizeTests))]
    public void Decode_EveryIndex_GivesEachDistinctPointOnceAndEncodesBack(string json)
    {
        var space = SearchSpaceLoader.Parse(json);
        var indexer = new PointIndexer(space);
        var listed = SpaceEnumerator.Enumerate(space);

        var keys = new List<string>();
        for (var i = 0L; i < indexer.Count; i++)
        {
            var choice = indexer.Decode(i);
            Assert.Equal(space.Canonical(choice), choice);
            Assert.Equal(i, indexer.Encode(choice));
            keys.Add(space.PointOf(choice).Key);
        }

        Assert.Equal(listed.Feasible.Count + listed.InfeasibleCount, keys.Distinct().Count());
        Assert.Subset(keys.ToHashSet(), listed.Feasible.Select(p => p.Key).ToHashSet());
    }

    [Fact]
    public void Encode_ChoiceWithIrrelevantAxesSet_NumbersItsCanonicalPoint()
    {
        var space = TestSpaces.Small();
        var indexer = new PointIndexer(space);
        var choice = new int[AxisNames.All.Count];
        var index = indexer.Encode(choice);
        choice[4] = 1; // fusers per layer does not matter with one fusion layer

        Assert.Equal(index, indexer.Encode(choice));
    }
}
