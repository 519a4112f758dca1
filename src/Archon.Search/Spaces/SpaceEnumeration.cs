using System.Security.Cryptography;
using System.Text;

namespace Archon.Search.Spaces;

/// <summary>The result of enumerating a space: its feasible points and what was removed.</summary>
/// <param name="Space">The space enumerated.</param>
/// <param name="Feasible">
/// Feasible points in a stable order (their <see cref="FeasiblePoint.Index"/>). For a sampled space
/// (<see cref="IsSampled"/>) the list is not built: it numbers every distinct architecture, its
/// <c>Count</c> includes infeasible ones, reading one of those throws, and <see cref="TryGet"/> tells them apart.
/// </param>
/// <param name="InfeasibleCount">Distinct points removed for breaking a constraint (0 for a sampled space).</param>
/// <param name="InfeasibleByRule">How many points each constraint removed (a point may break several).</param>
public sealed record SpaceEnumeration(
    SearchSpace Space,
    IReadOnlyList<FeasiblePoint> Feasible,
    int InfeasibleCount,
    IReadOnlyDictionary<string, int> InfeasibleByRule)
{
    private Dictionary<string, FeasiblePoint>? _byKey;
    private string? _fingerprint;

    /// <summary>
    /// True when the space was too large to list (<see cref="SpaceLimits.MaxEnumeratedPoints"/>): points are built as
    /// strategies draw them, and infeasible ones are skipped then.
    /// </summary>
    public bool IsSampled => Feasible is SampledPoints;

    /// <summary>For a sampled space, what a seeded sample found about feasibility; null for a listed space.</summary>
    public FeasibilitySample? FeasibilitySample { get; init; }

    /// <summary>
    /// A hash identifying the space's points: of the feasible points' keys in order for a listed space, of the axes,
    /// constraints and model prices for a sampled one. A search only resumes on the same fingerprint.
    /// </summary>
    public string Fingerprint => _fingerprint ??= Hash(Feasible is SampledPoints s ? s.Describe() : string.Join('\n', Feasible.Select(p => p.Key)));

    /// <summary>The feasible point numbered <paramref name="index"/>, or null when that architecture breaks a constraint.</summary>
    public FeasiblePoint? TryGet(int index) => Feasible is SampledPoints s ? s.TryGet(index) : Feasible[index];

    /// <summary>The index of the feasible point for a choice of axis indices (canonicalised first), or null when infeasible.</summary>
    public int? IndexOf(IReadOnlyList<int> choice) => Find(choice)?.Index;

    /// <summary>Finds a feasible point by key (for a sampled space, among the points built so far).</summary>
    public FeasiblePoint? Find(string key)
    {
        if (Feasible is SampledPoints s)
        {
            return s.FindBuilt(key);
        }

        _byKey ??= Feasible.ToDictionary(p => p.Key, StringComparer.Ordinal);
        return _byKey.GetValueOrDefault(key);
    }

    /// <summary>Finds the feasible point for a choice of axis indices (canonicalised first).</summary>
    public FeasiblePoint? Find(IReadOnlyList<int> choice) =>
        Feasible is SampledPoints s ? s.TryGet((int)s.Indexer.Encode(choice)) : Find(Space.PointOf(choice).Key);

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
}
