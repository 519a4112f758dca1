using Archon.Search.Spaces;

namespace Archon.Search.Tests.Fakes;

/// <summary>Objectives with a single known maximum on <see cref="TestSpaces.Small"/>.</summary>
internal static class Objectives
{
    /// <summary>Additive, unique optimum at topK 3, samples 3, 2 layers × 4 fusers, f2, critic/ranker on, verifier off.</summary>
    public static double Additive(SearchPoint p) =>
        (10 * p.TopK) + (6 * (p.Samples == 3 ? 1 : 0)) + (p.FusionLayers == 2 ? 4 + p.FusersPerLayer : 0)
        + (p.FuserModel == "f2" ? 7 : 0) + (p.CriticRanker ? 5 : 0) - (p.Verifier ? 3 : 0);

    /// <summary>A smooth objective on <see cref="TestSpaces.LargeJson"/>: more generators and samples, two fusion layers, f3.</summary>
    public static double Large(SearchPoint p) =>
        (10 * p.TopK) + (4 * Math.Log(p.Samples)) + (p.FusionLayers == 2 ? 6 : 0) + (p.FuserModel == "f3" ? 5 : 0) + (p.CriticRanker ? 2 : 0);

    public const string AdditiveOptimum = "g3x3@0.7-L2x4[f2@0.7]-cr[c1,r1]";
}
