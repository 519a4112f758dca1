namespace Archon.Search.Spaces;

/// <summary>
/// The bounds every search space is checked against before any list is built, so that a space file or request of
/// any size is answered (accepted or refused with an error naming the field) in well under a second.
/// </summary>
public static class SpaceLimits
{
    /// <summary>Most values one axis may list or a range may span (a ranking, model lists, temperatures, counts).</summary>
    public const int MaxAxisValues = 1_000;

    /// <summary>Most distinct architectures a space may hold; a larger space is refused, naming its largest axis.</summary>
    public const int MaxPoints = 10_000_000;

    /// <summary>
    /// Spaces of up to this many distinct architectures are enumerated (every architecture built, estimated, and the
    /// infeasible ones removed before search). Larger spaces are sampled: strategies draw architectures by index and
    /// skip infeasible ones as they meet them.
    /// </summary>
    public const int MaxEnumeratedPoints = 5_000;

    /// <summary>Architectures drawn (with a fixed seed) to estimate the feasible share of a sampled space.</summary>
    public const int FeasibilitySample = 2_000;

    /// <summary>Largest <c>maxTokens</c> and <c>criticRanker.rankerTopK</c> a space may set.</summary>
    public const int MaxTokens = 1_000_000;
}
