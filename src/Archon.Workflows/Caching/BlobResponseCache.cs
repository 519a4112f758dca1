using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archon.Workflows.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.AI;

namespace Archon.Workflows.Caching;

/// <summary>
/// Chat responses in blobs <c>cache/{sha256}.json</c>, shared by every instance of the app. The key covers the
/// model, every message and the options that change the reply (temperature, token limit, format, sample/attempt).
/// </summary>
internal sealed class BlobResponseCache
{
    private readonly BlobContainerClient _container;

    public BlobResponseCache(ArchonStorage storage)
    {
        _container = storage.Container;
    }

    public static string Key(string model, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var sb = new StringBuilder().Append(model).Append('\n');
        foreach (var m in messages)
        {
            sb.Append(m.Role.Value).Append(':').Append(m.Text.Length).Append(':').Append(m.Text).Append('\n');
        }

        if (options is not null)
        {
            sb.Append("t=").Append(options.Temperature?.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                .Append(";max=").Append(options.MaxOutputTokens)
                .Append(";fmt=").Append(options.ResponseFormat?.GetType().Name);
            foreach (var (k, v) in (options.AdditionalProperties ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                sb.Append(';').Append(k).Append('=').Append(v);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public async Task<ChatResponse?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var content = await _container.GetBlobClient(Path(key)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize<ChatResponse>(content.Value.Content.ToString(), AIJsonUtilities.DefaultOptions);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        catch (JsonException)
        {
            return null; // a damaged entry is a miss
        }
    }

    public async Task SetAsync(string key, ChatResponse response, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(response, AIJsonUtilities.DefaultOptions);
        try
        {
            await _container.GetBlobClient(Path(key)).UploadAsync(
                BinaryData.FromString(json),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // another instance stored the same call first
        }
    }

    private static string Path(string key) => $"{StorageNames.CachePrefix}{key}.json";
}
