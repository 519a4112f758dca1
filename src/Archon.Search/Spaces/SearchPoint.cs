using System.Globalization;
using System.Text;

namespace Archon.Search.Spaces;

/// <summary>
/// One point of a search space: a value for every axis. Axes that do not matter for the point (the critic model
/// when critic + ranker are off, fusers per layer with a single fusion layer, …) hold their first value, so equal
/// architectures have equal points and equal <see cref="Key"/>s.
/// </summary>
public sealed record SearchPoint
{
    /// <summary>The index of the chosen value on each axis, in <see cref="AxisNames.All"/> order.</summary>
    public required IReadOnlyList<int> Choice { get; init; }

    /// <summary>Generator models, best-ranked first (the top K of the ranking).</summary>
    public required IReadOnlyList<string> GeneratorModels { get; init; }

    public required int Samples { get; init; }
    public required double GeneratorTemperature { get; init; }
    public required int FusionLayers { get; init; }

    /// <summary>Fusers in the first fusion layer when there are several (every non-final layer unless they vary by layer).</summary>
    public required int FusersPerLayer { get; init; }

    /// <summary>Fusers in each fusion layer but the last (which always has one), first layer first: <c>FusionLayers − 1</c> entries.</summary>
    public IReadOnlyList<int> FusersByLayer { get; init; } = [];

    public required string FuserModel { get; init; }
    public required double FuserTemperature { get; init; }
    public required bool CriticRanker { get; init; }
    public required string CriticModel { get; init; }
    public required string RankerModel { get; init; }
    public required bool Verifier { get; init; }
    public required string VerifierModel { get; init; }
    public required bool UnitTests { get; init; }
    public required string UnitTestModel { get; init; }
    public required int UnitTestCount { get; init; }

    public int TopK => GeneratorModels.Count;

    /// <summary>A stable, readable identity: equal keys mean equal architectures.</summary>
    public string Key => BuildKey();

    private string BuildKey()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"g{TopK}x{Samples}@{GeneratorTemperature:0.###}");
        if (UnitTests)
        {
            sb.Append(c, $"-ut{UnitTestCount}[{UnitTestModel}]");
        }

        sb.Append(c, $"-L{FusionLayers}");
        if (FusionLayers > 1)
        {
            // One count when every non-final layer has the same (as in a space without per-layer counts), else each.
            var counts = FusersByLayer.Count == FusionLayers - 1 ? FusersByLayer : [FusersPerLayer];
            sb.Append(c, $"x{(counts.Distinct().Count() == 1 ? counts[0].ToString(c) : string.Join(',', counts))}");
        }

        sb.Append(c, $"[{FuserModel}@{FuserTemperature:0.###}]");
        if (CriticRanker)
        {
            sb.Append(c, $"-cr[{CriticModel},{RankerModel}]");
        }

        if (Verifier)
        {
            sb.Append(c, $"-v[{VerifierModel}]");
        }

        return sb.ToString();
    }
}
