using Archon.Workflows.Storage;

namespace Archon.Workflows.Searches;

/// <summary>Blob paths of a search.</summary>
internal static class SearchPaths
{
    /// <summary>The search's items, stored once (chunk blobs); every trial's run reads a prefix.</summary>
    public static string InputPrefix(string id) => $"{StorageNames.SearchesPrefix}{id}/input/";

    /// <summary>The baseline answers pairwise judge kinds compare against.</summary>
    public static string Baseline(string id) => $"{StorageNames.SearchesPrefix}{id}/baseline.json";

    /// <summary>The search as <c>GET</c> shows it (<see cref="SearchDocument"/>).</summary>
    public static string State(string id) => $"{StorageNames.SearchesPrefix}{id}/state.json";

    /// <summary>The finished search in the format of <c>archon search</c>'s <c>search.json</c>.</summary>
    public static string Result(string id) => $"{StorageNames.SearchesPrefix}{id}/search.json";
}
