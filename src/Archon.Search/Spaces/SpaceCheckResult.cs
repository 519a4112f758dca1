namespace Archon.Search.Spaces;

/// <summary>The outcome of <see cref="SpaceCheck.Check"/>: the counts and the enumeration, or the field at fault and the rule.</summary>
/// <param name="Counts">The space's counts; null when it was refused.</param>
/// <param name="Enumeration">The space, listed or sampled, ready for a strategy; null when it was refused.</param>
/// <param name="Field">The field at fault as a JSON path (<c>$.generators.samples</c>); null when valid.</param>
/// <param name="Error">The rule broken; null when valid.</param>
public sealed record SpaceCheckResult(SpaceCounts? Counts, SpaceEnumeration? Enumeration, string? Field, string? Error)
{
    public bool IsValid => Error is null;
}
