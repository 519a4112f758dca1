using Archon.Workflows.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Caching.Distributed;

namespace Archon.Workflows.Caching;

/// <summary>
/// The service's persistent response store: one blob per entry, <c>cache/{key}.json</c> in the app's container, shared
/// by every instance. Keys are the model pipeline's cache keys (SHA-256 hex) and values its entry JSON
/// (<c>{"format":"archon-response-cache/2","uncachedLatencyMs":…,"response":{…}}</c>). Writes are create-only: when
/// two instances make the same call, the first stored answer stays. Entries never expire (the options are ignored).
/// </summary>
internal sealed class BlobDistributedCache(ArchonStorage storage) : IDistributedCache
{
    private readonly BlobContainerClient _container = storage.Container;

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        try
        {
            var content = await _container.GetBlobClient(PathOf(key)).DownloadContentAsync(token).ConfigureAwait(false);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        try
        {
            await _container.GetBlobClient(PathOf(key)).UploadAsync(
                BinaryData.FromBytes(value),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                token).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // another instance stored the same call first
        }
    }

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => _container.GetBlobClient(PathOf(key)).DeleteIfExists();

    public Task RemoveAsync(string key, CancellationToken token = default) => _container.GetBlobClient(PathOf(key)).DeleteIfExistsAsync(cancellationToken: token);

    private static string PathOf(string key) => $"{StorageNames.CachePrefix}{key}.json";
}
