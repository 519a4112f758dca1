using Archon.Search.Spaces;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Spaces;

public sealed class PointEncoderTests
{
    [Fact]
    public void Encode_SmallSpace_ScalesOrderedAxesAndOneHotsModels()
    {
        var e = TestSpaces.SmallEnumerated();
        var encoder = new PointEncoder(e.Space);

        // topK, samples, layers, fusers, fuser model (2 one-hot), critic/ranker, verifier; single-valued axes dropped.
        Assert.Equal(8, encoder.Dimensions);
        var best = e.Find(Objectives.AdditiveOptimum)!;
        Assert.Equal([1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 0.0], encoder.Encode(best.Point));
        Assert.Equal([0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0], encoder.Encode(e.Feasible[0].Point));
    }
}
