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

    public static string Summary(string id) => $"{StorageNames.RunsPrefix}{id}/summary.json";

    public static string Failed(string id) => $"{StorageNames.RunsPrefix}{id}/failed.json";
}
