using Archon.Workflows.Storage;

namespace Archon.Service.Searches;

/// <summary>Blob paths of a search.</summary>
internal static class SearchPaths
{
    public static string State(string id) => $"{StorageNames.SearchesPrefix}{id}/state.json";
}
