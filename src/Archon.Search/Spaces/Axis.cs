namespace Archon.Search.Spaces;

/// <summary>Positions of the axes in <see cref="AxisNames.All"/> (and in <see cref="SearchPoint.Choice"/>).</summary>
internal static class Axis
{
    public const int TopK = 0;
    public const int Samples = 1;
    public const int GeneratorTemperature = 2;
    public const int FusionLayers = 3;
    public const int FusersPerLayer = 4;
    public const int FuserModel = 5;
    public const int FuserTemperature = 6;
    public const int CriticRanker = 7;
    public const int CriticModel = 8;
    public const int RankerModel = 9;
    public const int Verifier = 10;
    public const int VerifierModel = 11;
    public const int UnitTests = 12;
    public const int UnitTestModel = 13;
    public const int UnitTestCount = 14;
    public const int FusersLayer2 = 15;
    public const int FusersLayer3 = 16;

    /// <summary>The axes holding the fuser count of each non-final fusion layer, first layer first.</summary>
    public static IReadOnlyList<int> FuserCounts { get; } = [FusersPerLayer, FusersLayer2, FusersLayer3];
}
