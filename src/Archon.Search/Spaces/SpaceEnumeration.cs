namespace Archon.Search.Spaces;

/// <summary>The result of enumerating a space: its feasible points and what was removed.</summary>
/// <param name="Space">The space enumerated.</param>
/// <param name="Feasible">Feasible points in a stable order (their <see cref="FeasiblePoint.Index"/>).</param>
/// <param name="InfeasibleCount">Distinct points removed for breaking a constraint.</param>
/// <param name="InfeasibleByRule">How many points each constraint removed (a point may break several).</param>
public sealed record SpaceEnumeration(
    SearchSpace Space,
    IReadOnlyList<FeasiblePoint> Feasible,
    int InfeasibleCount,
    IReadOnlyDictionary<string, int> InfeasibleByRule)
{
    private Dictionary<string, FeasiblePoint>? _byKey;

    /// <summary>Finds a feasible point by key.</summary>
    public FeasiblePoint? Find(string key)
    {
        _byKey ??= Feasible.ToDictionary(p => p.Key, StringComparer.Ordinal);
        return _byKey.GetValueOrDefault(key);
    }

    /// <summary>Finds the feasible point for a choice of axis indices (canonicalised first).</summary>
    public FeasiblePoint? Find(IReadOnlyList<int> choice) => Find(Space.PointOf(choice).Key);
}
