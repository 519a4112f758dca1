namespace Archon.Search.Spaces;

/// <summary>The axes of a search space, in encoding order. Each is a JSON field of the space file.</summary>
public static class AxisNames
{
    public const string TopK = "generators.topK";
    public const string Samples = "generators.samples";
    public const string GeneratorTemperature = "generators.temperature";
    public const string FusionLayers = "fusion.layers";
    public const string FusersPerLayer = "fusion.fusersPerLayer";
    public const string FuserModel = "fusion.models";
    public const string FuserTemperature = "fusion.temperature";
    public const string CriticRanker = "criticRanker.enabled";
    public const string CriticModel = "criticRanker.criticModels";
    public const string RankerModel = "criticRanker.rankerModels";
    public const string Verifier = "verifier.enabled";
    public const string VerifierModel = "verifier.models";
    public const string UnitTests = "unitTests.enabled";
    public const string UnitTestModel = "unitTests.models";
    public const string UnitTestCount = "unitTests.tests";

    /// <summary>All axes in encoding order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TopK, Samples, GeneratorTemperature, FusionLayers, FusersPerLayer, FuserModel, FuserTemperature,
        CriticRanker, CriticModel, RankerModel, Verifier, VerifierModel, UnitTests, UnitTestModel, UnitTestCount,
    ];
}
