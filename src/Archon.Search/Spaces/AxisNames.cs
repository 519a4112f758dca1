namespace Archon.Search.Spaces;

/// <summary>The axes of a search space, in encoding order. Each is a JSON field of the space file.</summary>
public static class AxisNames
{
    public const string TopK = "generators.topK";
    public const string Samples = "generators.samples";
    public const string GeneratorTemperature = "generators.temperature";
    public const string FusionLayers = "fusion.layers";

    /// <summary>Fusers in every fusion layer but the last; with <c>fusersByLayer</c>, those of the first fusion layer.</summary>
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

    /// <summary>Fusers of the second fusion layer when each layer has its own count (<c>fusersByLayer</c>).</summary>
    public const string FusersLayer2 = "fusion.fusersByLayer[1]";

    /// <summary>Fusers of the third fusion layer when each layer has its own count (<c>fusersByLayer</c>).</summary>
    public const string FusersLayer3 = "fusion.fusersByLayer[2]";

    /// <summary>All axes in encoding order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TopK, Samples, GeneratorTemperature, FusionLayers, FusersPerLayer, FuserModel, FuserTemperature,
        CriticRanker, CriticModel, RankerModel, Verifier, VerifierModel, UnitTests, UnitTestModel, UnitTestCount,
        FusersLayer2, FusersLayer3,
    ];

    /// <summary>The JSON path of an axis in a space file, for error messages (<c>$.generators.samples</c>).</summary>
    public static string PathOf(int axis, bool fusersVaryByLayer) =>
        axis == Axis.FusersPerLayer && fusersVaryByLayer ? "$.fusion.fusersByLayer[0]" : "$." + All[axis];
}
