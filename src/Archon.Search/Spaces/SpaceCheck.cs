using Archon.Core.Models;

namespace Archon.Search.Spaces;

/// <summary>
/// The one call a request handler needs to accept or refuse a search space: parses it with every limit of
/// <see cref="SpaceLimits"/>, counts it arithmetically, and lists it (up to
/// <see cref="SpaceLimits.MaxEnumeratedPoints"/> architectures) or samples it — never enumerating a large space —
/// so that any input, however hostile, is answered in well under a second. Bad input is returned as the field and
/// the rule, never thrown.
/// </summary>
public static class SpaceCheck
{
    /// <summary>Checks the space JSON <paramref name="json"/>.</summary>
    /// <param name="json">The space, in the format of <c>examples/search-spaces/*.json</c>.</param>
    /// <param name="pricing">Catalog prices by model name, for <c>maxUsdPerQuery</c> (null: every model free).</param>
    /// <param name="baseDirectory">Where ranking files are read from; null (a request) refuses ranking files.</param>
    /// <param name="rankingOverride">A generator ranking that replaces the space's own.</param>
    public static SpaceCheckResult Check(string json, Func<string, ModelPricing?>? pricing = null, string? baseDirectory = null, IReadOnlyList<string>? rankingOverride = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var enumeration = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse(json, baseDirectory, rankingOverride), pricing);
            return new SpaceCheckResult(SpaceCounts.Of(enumeration), enumeration, null, null);
        }
        catch (SearchSpaceException ex)
        {
            return new SpaceCheckResult(null, null, ex.Path, ex.Rule);
        }
    }
}
