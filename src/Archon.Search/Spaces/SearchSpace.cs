namespace Archon.Search.Spaces;

/// <summary>
/// A search space: the model ranking, one <see cref="SpaceAxis"/> per entry of <see cref="AxisNames.All"/>, and the
/// constraints. Load one with <see cref="SearchSpaceLoader"/>.
/// </summary>
public sealed class SearchSpace
{
    public SearchSpace(
        string name,
        IReadOnlyList<string> ranking,
        IReadOnlyList<SpaceAxis> axes,
        SpaceConstraints constraints,
        int rankerTopK = 5,
        int maxTokens = 2048)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(axes);
        if (axes.Count != AxisNames.All.Count)
        {
            throw new ArgumentException($"expected {AxisNames.All.Count} axes, got {axes.Count}", nameof(axes));
        }

        for (var i = 0; i < axes.Count; i++)
        {
            if (axes[i].Name != AxisNames.All[i] || axes[i].Count == 0)
            {
                throw new ArgumentException($"axis {i} must be '{AxisNames.All[i]}' with at least one value", nameof(axes));
            }
        }

        Name = name;
        Ranking = ranking;
        Axes = axes;
        Constraints = constraints ?? SpaceConstraints.None;
        RankerTopK = rankerTopK;
        MaxTokens = maxTokens;
    }

    public string Name { get; }

    /// <summary>Model names, best first; generators are its top K.</summary>
    public IReadOnlyList<string> Ranking { get; }

    public IReadOnlyList<SpaceAxis> Axes { get; }
    public SpaceConstraints Constraints { get; }

    /// <summary>How many candidates a ranker keeps (the paper: 5).</summary>
    public int RankerTopK { get; }

    /// <summary>max_tokens for every component.</summary>
    public int MaxTokens { get; }

    /// <summary>The number of raw axis combinations (before removing duplicates and infeasible points).</summary>
    public long RawSize => Axes.Aggregate(1L, (n, a) => n * a.Count);

    /// <summary>
    /// Builds the point for a choice of value indices, resetting axes that do not matter for it to their first value.
    /// </summary>
    public SearchPoint PointOf(IReadOnlyList<int> choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var c = Canonical(choice);
        T V<T>(int axis) => (T)Axes[axis].Values[c[axis]];
        var topK = V<int>(0);
        return new SearchPoint
        {
            Choice = c,
            GeneratorModels = Ranking.Take(topK).ToArray(),
            Samples = V<int>(1),
            GeneratorTemperature = V<double>(2),
            FusionLayers = V<int>(3),
            FusersPerLayer = V<int>(4),
            FuserModel = V<string>(5),
            FuserTemperature = V<double>(6),
            CriticRanker = V<bool>(7),
            CriticModel = V<string>(8),
            RankerModel = V<string>(9),
            Verifier = V<bool>(10),
            VerifierModel = V<string>(11),
            UnitTests = V<bool>(12),
            UnitTestModel = V<string>(13),
            UnitTestCount = V<int>(14),
        };
    }

    /// <summary>Copies <paramref name="choice"/> with irrelevant axes reset to index 0.</summary>
    public int[] Canonical(IReadOnlyList<int> choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        if (choice.Count != Axes.Count)
        {
            throw new ArgumentException($"a choice needs {Axes.Count} indices", nameof(choice));
        }

        var c = choice.ToArray();
        for (var i = 0; i < c.Length; i++)
        {
            if (c[i] < 0 || c[i] >= Axes[i].Count)
            {
                throw new ArgumentOutOfRangeException(nameof(choice), $"index {c[i]} out of range for axis {Axes[i].Name}");
            }
        }

        if ((int)Axes[3].Values[c[3]] == 1)
        {
            c[4] = 0;
        }

        if (!(bool)Axes[7].Values[c[7]])
        {
            c[8] = 0;
            c[9] = 0;
        }

        if (!(bool)Axes[10].Values[c[10]])
        {
            c[11] = 0;
        }

        if (!(bool)Axes[12].Values[c[12]])
        {
            c[13] = 0;
            c[14] = 0;
        }

        return c;
    }
}
