using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Archon.Workflows.Storage;

/// <summary>JSON documents in the app container: read, write, and create-once (the first writer wins).</summary>
internal sealed class BlobJson
{
    private readonly BlobContainerClient _container;

    public BlobJson(ArchonStorage storage)
    {
        _container = storage.Container;
    }

    public BlobContainerClient Container => _container;

    public async Task<(T? Value, ETag ETag)> ReadAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var result = await _container.GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var value = result.Value.Content.ToObjectFromJson<T>(ServiceJson.Options);
            return (value, result.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, default);
        }
    }

    public async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken)
        where T : class => (await ReadAsync<T>(path, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) =>
        (await _container.GetBlobClient(path).ExistsAsync(cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Writes unconditionally.</summary>
    public Task WriteAsync<T>(string path, T value, CancellationToken cancellationToken) =>
        UploadAsync(path, value, new BlobRequestConditions(), cancellationToken);

    /// <summary>Writes only if the blob does not exist yet; false when it already existed (the first writer wins).</summary>
    public async Task<bool> CreateAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        try
        {
            await UploadAsync(path, value, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Names (full paths) of the blobs under a prefix.</summary>
    public async Task<List<string>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
        {
            names.Add(item.Name);
        }

        return names;
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken) =>
        await _container.GetBlobClient(path).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    private async Task UploadAsync<T>(string path, T value, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        var data = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(value, ServiceJson.Options));
        var options = new BlobUploadOptions
        {
            Conditions = conditions,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
        };
        await _container.GetBlobClient(path).UploadAsync(data, options, cancellationToken).ConfigureAwait(false);
    }
}
