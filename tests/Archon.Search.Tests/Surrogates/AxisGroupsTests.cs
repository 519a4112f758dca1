using Archon.Search.Spaces;
using Archon.Search.Surrogates;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Surrogates;

public sealed class AxisGroupsTests
{
    [Fact]
    public void For_SmallSpace_EachAxisChangesOnlyItsOwnDimensions()
    {
        var space = TestSpaces.SmallEnumerated();
        var encoder = new PointEncoder(space.Space);
        var groups = AxisGroups.For(space.Space);
        Assert.Equal(encoder.Dimensions, groups.Sum(g => g.Length));
        Assert.Equal(Enumerable.Range(0, encoder.Dimensions), groups.SelectMany(g => g));

        // Every pair of points that differ on one axis differs, once encoded, only inside one group.
        var points = space.Feasible.Select(f => f.Point).ToList();
        var checkedPairs = 0;
        foreach (var a in points)
        {
            foreach (var b in points.Where(b => a.Choice.Zip(b.Choice).Count(c => c.First != c.Second) == 1))
            {
                var xa = encoder.Encode(a);
                var xb = encoder.Encode(b);
                var changed = Enumerable.Range(0, xa.Length).Where(d => xa[d] != xb[d]).ToList();
                Assert.Single(groups, g => changed.All(g.Contains));
                checkedPairs++;
            }
        }

        Assert.True(checkedPairs > 100);
    }
}
