using Archon.Workflows.Storage;

namespace Archon.Workflows.Queries;

/// <summary>Blob paths of async queries.</summary>
internal static class QueryPaths
{
    /// <summary>The finished query's response, kept after the orchestration's history is purged.</summary>
    public static string Result(string id) => $"{StorageNames.QueriesPrefix}{id}/result.json";
}
