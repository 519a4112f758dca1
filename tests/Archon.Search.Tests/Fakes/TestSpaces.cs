using Archon.Search.Spaces;

namespace Archon.Search.Tests.Fakes;

/// <summary>Search spaces used across the tests.</summary>
internal static class TestSpaces
{
    /// <summary>144 distinct points: topK 1–3 × samples {1,3} × (1 layer, or 2 layers × fusers {2,4}) × 2 fuser models × critic/ranker × verifier.</summary>
    public const string SmallJson = """
        {
          "name": "small",
          "ranking": ["m1", "m2", "m3"],
          "generators": { "topK": { "min": 1, "max": 3 }, "samples": [1, 3], "temperature": 0.7 },
          "fusion": { "layers": [1, 2], "fusersPerLayer": { "min": 2, "max": 4, "step": 2 }, "models": ["f1", "f2"] },
          "criticRanker": { "enabled": [false, true], "criticModels": ["c1"], "rankerModels": ["r1"] },
          "verifier": { "enabled": [false, true], "models": ["v1"] }
        }
        """;

    public static SearchSpace Small() => SearchSpaceLoader.Parse(SmallJson);

    public static SpaceEnumeration SmallEnumerated() => SpaceEnumerator.Enumerate(Small());
}
