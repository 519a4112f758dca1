using Archon.Workflows.Storage;

namespace Archon.Workflows.Benchmarks;

/// <summary>Blob paths of a benchmark run.</summary>
internal static class RunPaths
{
    public static string Manifest(string id) => $"{StorageNames.RunsPrefix}{id}/manifest.json";

    public static string Input(string id) => $"{StorageNames.RunsPrefix}{id}/input.json";

    public static string Baseline(string id) => $"{StorageNames.RunsPrefix}{id}/baseline.json";

    public static string ItemsPrefix(string id) => $"{StorageNames.RunsPrefix}{id}/items/";

    public static string Item(string id, string itemId) => $"{ItemsPrefix(id)}{itemId}.json";

    public static string Claim(string id, string itemId) => $"{StorageNames.RunsPrefix}{id}/claims/{itemId}.json";

    /// <summary>The stored items of a run (chunk blobs, see <see cref="ItemSource"/>).</summary>
    public static string InputPrefix(string id) => $"{StorageNames.RunsPrefix}{id}/input/";

    /// <summary>One chunk of the run's finished items, in compact form (no answer text), for the summary.</summary>
    public static string ResultsChunk(string id, int chunk) => $"{StorageNames.RunsPrefix}{id}/results/{chunk:D5}.json";

    public static string Summary(string id) => $"{StorageNames.RunsPrefix}{id}/summary.json";

    public static string Failed(string id) => $"{StorageNames.RunsPrefix}{id}/failed.json";
}
