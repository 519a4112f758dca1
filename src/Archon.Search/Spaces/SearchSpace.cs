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
        int maxTokens = 2048,
        bool fusersVaryByLayer = false)
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
        FusersVaryByLayer = fusersVaryByLayer;
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

    /// <summary>
    /// True when each non-final fusion layer has its own fuser-count axis (<c>fusion.fusersByLayer</c>): axis
    /// <see cref="AxisNames.FusersPerLayer"/> is then the first layer's count, <see cref="AxisNames.FusersLayer2"/> and
    /// <see cref="AxisNames.FusersLayer3"/> the next ones'. Otherwise every non-final layer has the same count.
    /// </summary>
    public bool FusersVaryByLayer { get; }

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
        var topK = V<int>(Axis.TopK);
        var layers = V<int>(Axis.FusionLayers);
        var fusers = Enumerable.Range(0, layers - 1)
            .Select(i => FusersVaryByLayer ? V<int>(Axis.FuserCounts[i]) : V<int>(Axis.FusersPerLayer))
            .ToArray();
        return new SearchPoint
        {
            Choice = c,
            GeneratorModels = Ranking.Take(topK).ToArray(),
            Samples = V<int>(Axis.Samples),
            GeneratorTemperature = V<double>(Axis.GeneratorTemperature),
            FusionLayers = layers,
            FusersPerLayer = V<int>(Axis.FusersPerLayer),
            FusersByLayer = fusers,
            FuserModel = V<string>(Axis.FuserModel),
            FuserTemperature = V<double>(Axis.FuserTemperature),
            CriticRanker = V<bool>(Axis.CriticRanker),
            CriticModel = V<string>(Axis.CriticModel),
            RankerModel = V<string>(Axis.RankerModel),
            Verifier = V<bool>(Axis.Verifier),
            VerifierModel = V<string>(Axis.VerifierModel),
            UnitTests = V<bool>(Axis.UnitTests),
            UnitTestModel = V<string>(Axis.UnitTestModel),
            UnitTestCount = V<int>(Axis.UnitTestCount),
        };
    }

    /// <summary>
    /// A few points that together use every model of the space and, with every switch on, every component type: each
    /// model choice in turn on the point with the most generators and fusion layers (feasible or not). Checking their
    /// architectures tells whether the space can run somewhere without building the whole space.
    /// </summary>
    public IEnumerable<SearchPoint> CoveringPoints()
    {
        // Every switch on, the most generators and fusion layers; then each model choice in turn.
        var widest = new int[Axes.Count];
        for (var axis = 0; axis < Axes.Count; axis++)
        {
            var values = Axes[axis].Values;
            widest[axis] = Axes[axis].Kind == AxisKind.Boolean ? (values.Contains(true) ? values.Count - 1 : 0)
                : axis is Axis.TopK or Axis.FusionLayers ? values.Count - 1 : 0;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var axis in Enumerable.Range(0, Axes.Count).Where(a => Axes[a].Kind == AxisKind.Categorical))
        {
            for (var v = 0; v < Axes[axis].Count; v++)
            {
                var choice = (int[])widest.Clone();
                choice[axis] = v;
                var point = PointOf(choice);
                if (seen.Add(point.Key))
                {
                    yield return point;
                }
            }
        }
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

        for (var axis = 0; axis < c.Length; axis++)
        {
            if (!IsRelevant(c, axis))
            {
                c[axis] = 0;
            }
        }

        return c;
    }

    /// <summary>True when the value of <paramref name="axis"/> matters given the switches and layer count in <paramref name="choice"/>.</summary>
    public bool IsRelevant(IReadOnlyList<int> choice, int axis)
    {
        ArgumentNullException.ThrowIfNull(choice);
        bool On(int a) => (bool)Axes[a].Values[choice[a]];
        int Layers() => (int)Axes[Axis.FusionLayers].Values[choice[Axis.FusionLayers]];
        return axis switch
        {
            Axis.FusersPerLayer => Layers() > 1,
            Axis.FusersLayer2 => FusersVaryByLayer && Layers() > 2,
            Axis.FusersLayer3 => FusersVaryByLayer && Layers() > 3,
            Axis.CriticModel or Axis.RankerModel => On(Axis.CriticRanker),
            Axis.VerifierModel => On(Axis.Verifier),
            Axis.UnitTestModel or Axis.UnitTestCount => On(Axis.UnitTests),
            _ => true,
        };
    }
}
