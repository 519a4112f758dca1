namespace Archon.Search.Spaces;

/// <summary>The kind of values an axis holds, which decides how it is encoded for surrogates.</summary>
public enum AxisKind
{
    /// <summary>Ordered integers (encoded by value, log scale when <see cref="SpaceAxis.LogScale"/>).</summary>
    Integer,

    /// <summary>Ordered real numbers (encoded by value).</summary>
    Real,

    /// <summary>On/off (encoded 0/1).</summary>
    Boolean,

    /// <summary>Unordered choices such as model names (one-hot).</summary>
    Categorical,
}

/// <summary>One axis of a search space: its name and the values it may take.</summary>
/// <param name="Name">The axis name (see <see cref="AxisNames"/>).</param>
/// <param name="Kind">How the values are ordered and encoded.</param>
/// <param name="Values">The values (int, double, bool or string), at least one.</param>
/// <param name="LogScale">Encode integers on a log scale (samples such as 1, 10, 100).</param>
public sealed record SpaceAxis(string Name, AxisKind Kind, IReadOnlyList<object> Values, bool LogScale = false)
{
    public int Count => Values.Count;
}
