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

    /// <summary>
    /// 630,000 distinct points, some over the call limit: too many to list, so enumerating it gives a sampled space.
    /// topK 1–3 × samples 1–100 × (1 layer, 2 layers × {2, 4}, 3 layers × {2, 4} × {2, 4}) × 5 fuser models ×
    /// 4 temperatures × (off + 2 × 2 critic/ranker models) × (off + 2 verifiers).
    /// </summary>
    public const string LargeJson = """
        {
          "name": "large",
          "ranking": ["m1", "m2", "m3"],
          "generators": { "topK": { "min": 1, "max": 3 }, "samples": { "min": 1, "max": 100 } },
          "fusion": { "layers": { "min": 1, "max": 3 }, "fusersByLayer": [[2, 4], [2, 4]], "models": ["f1", "f2", "f3", "f4", "f5"], "temperature": [0.1, 0.4, 0.7, 1.0] },
          "criticRanker": { "enabled": [false, true], "criticModels": ["c1", "c2"], "rankerModels": ["r1", "r2"] },
          "verifier": { "enabled": [false, true], "models": ["v1", "v2"] },
          "constraints": { "maxCallsPerQuery": 250 }
        }
        """;

    public static SearchSpace Small() => SearchSpaceLoader.Parse(SmallJson);

    public static SpaceEnumeration LargeSampled() => SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse(LargeJson));

    public static SpaceEnumeration SmallEnumerated() => SpaceEnumerator.Enumerate(Small());
}
