using System.Text.Json;
using Archon.Core.Text;
using Archon.Workflows.Storage;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Reads the items of a <c>POST /api/benchmarks</c> request: inline <c>items</c>, a <c>data</c> blob, or the generated
/// synthetic family. Items of a library dataset kind go through that kind's loader; any other dataset name takes
/// plain items.
/// </summary>
internal sealed class BenchmarkRequestReader(BlobJson blobs)
{
    private const int MaxBlobName = 1024;
    private const string DataRule = "data: must be a relative blob path inside the archon container (1-1024 characters, no '..', no control characters)";

    /// <summary>Returns the items, or the request field at fault and the error.</summary>
    public async Task<(List<BenchmarkInputItem>? Items, string Field, string? Error)> ReadItemsAsync(
        JsonElement body, string dataset, CancellationToken cancellationToken)
    {
        var kind = DatasetItemsReader.IsLibraryKind(dataset);
        List<BenchmarkInputItem>? items;
        string? error;
        string field;
        if (body.TryGetProperty("items", out var inline))
        {
            field = "items";
            (items, error) = kind ? DatasetItemsReader.FromJson(dataset, inline, field) : BenchmarkItemsReader.FromJson(inline, field);
        }
        else if (body.TryGetProperty("data", out var data))
        {
            field = "data";
            (items, error) = data.ValueKind == JsonValueKind.String
                ? await ReadDataBlobAsync(data.GetString()!, kind ? dataset : null, cancellationToken).ConfigureAwait(false)
                : (null, DataRule);
        }
        else if (dataset == "synthetic")
        {
            field = "dataset";
            (items, error) = SyntheticItems(body);
        }
        else
        {
            return (null, "items", "required: \"items\" (an array), \"data\" (a blob path in the archon container) or \"dataset\": \"synthetic\"");
        }

        return (items, field, error);
    }

    // The synthetic arithmetic family: "limit" items (default 50) from "seed" (default 0).
    private static (List<BenchmarkInputItem>? Items, string? Error) SyntheticItems(JsonElement body)
    {
        var count = 50;
        var seed = 0;
        if (body.TryGetProperty("limit", out var l) && (l.ValueKind != JsonValueKind.Number || !l.TryGetInt32(out count) || count < 1 || count > 100_000))
        {
            return (null, "limit: must be an integer from 1 to 100000");
        }

        if (body.TryGetProperty("seed", out var s) && (s.ValueKind != JsonValueKind.Number || !s.TryGetInt32(out seed)))
        {
            return (null, "seed: must be an integer");
        }

        return (DatasetItemsReader.Generated(count, seed), null);
    }

    private async Task<(List<BenchmarkInputItem>? Items, string? Error)> ReadDataBlobAsync(string path, string? kind, CancellationToken cancellationToken)
    {
        if (path.Length is 0 or > MaxBlobName || string.IsNullOrWhiteSpace(path) || path.Contains("..", StringComparison.Ordinal)
            || path.StartsWith('/') || path.Any(char.IsControl))
        {
            return (null, DataRule);
        }

        try
        {
            var content = await blobs.Container.GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var text = content.Value.Content.ToString();
            return kind is null ? BenchmarkItemsReader.FromText(text, "data") : DatasetItemsReader.FromText(kind, text, "data");
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, $"data: no blob '{ClippedText.Clip(path)}' in the archon container");
        }
        catch (Azure.RequestFailedException ex) when (ex.Status is >= 400 and < 500 and not 408 and not 429)
        {
            return (null, $"data: storage refused the blob path '{ClippedText.Clip(path)}' (HTTP {ex.Status} {ex.ErrorCode})");
        }
    }
}
