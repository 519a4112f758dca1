using Microsoft.Extensions.Caching.Distributed;

namespace Archon.Models.Caching;

/// <summary>
/// An <see cref="IDistributedCache"/> in a directory, one file per key (<c>{dir}/{key[0..2]}/{key}.json</c>), written
/// to a temporary file and moved into place so a reader never sees half an entry. Several processes may share the
/// directory (the CLI's cache across runs). Entries never expire: the expiration options are ignored, and deleting
/// the directory empties the cache. The directory is created on the first write.
/// </summary>
public sealed class FileDistributedCache : IDistributedCache
{
    /// <param name="directory">The cache directory (created on the first write).</param>
    public FileDistributedCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = System.IO.Path.GetFullPath(directory);
    }

    /// <summary>The full path of the cache directory.</summary>
    public string Directory { get; }

    public byte[]? Get(string key)
    {
        var path = PathFor(key);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var path = PathFor(key);
        try
        {
            return File.Exists(path) ? await File.ReadAllBytesAsync(path, token).ConfigureAwait(false) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        var (path, temp) = Paths(key);
        File.WriteAllBytes(temp, value);
        File.Move(temp, path, overwrite: true);
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        var (path, temp) = Paths(key);
        await File.WriteAllBytesAsync(temp, value, token).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => File.Delete(PathFor(key));

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Remove(key);
        return Task.CompletedTask;
    }

    private (string Path, string Temp) Paths(string key)
    {
        var path = PathFor(key);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return (path, path + "." + Guid.NewGuid().ToString("N") + ".tmp");
    }

    private string PathFor(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length < 3 || !key.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("Cache keys are letters and digits (a hex digest), at least 3 long.", nameof(key));
        }

        return System.IO.Path.Combine(Directory, key[..2], key + ".json");
    }
}
