using System.Collections.Concurrent;
using Archon.Workflows.Storage;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// Writes a run's items as chunk blobs (<see cref="ItemSource"/>) and reads single items back for the item activities.
/// Chunks are immutable once written, so the last few read are kept in memory.
/// </summary>
internal sealed class BenchmarkItemStore(BlobJson blobs)
{
    private const int CachedChunks = 32;
    private readonly ConcurrentDictionary<string, Task<List<BenchmarkInputItem>>> _chunks = new(StringComparer.Ordinal);

    /// <summary>Writes every chunk (16 at a time) and returns where they are.</summary>
    public async Task<ItemSource> WriteAsync(string prefix, IReadOnlyList<BenchmarkInputItem> items, CancellationToken cancellationToken)
    {
        var source = new ItemSource(prefix, items.Count, ItemSource.DefaultChunkSize);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, source.Chunks),
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (chunk, ct) => await blobs.WriteAsync(
                source.ChunkPath(chunk), items.Skip(chunk * source.ChunkSize).Take(source.ChunkSize).ToList(), ct).ConfigureAwait(false))
            .ConfigureAwait(false);
        return source;
    }

    /// <summary>The item at <paramref name="index"/>.</summary>
    public async Task<BenchmarkInputItem> GetAsync(ItemSource source, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (index < 0 || index >= source.Total)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"the items at {source.Prefix} number {source.Total}");
        }

        var path = source.ChunkPath(index / source.ChunkSize);
        if (_chunks.Count > CachedChunks)
        {
            _chunks.Clear();
        }

        var load = _chunks.GetOrAdd(path, p => LoadAsync(p, cancellationToken));
        try
        {
            return (await load.ConfigureAwait(false))[index % source.ChunkSize];
        }
        catch
        {
            _chunks.TryRemove(path, out _);
            throw;
        }
    }

    private async Task<List<BenchmarkInputItem>> LoadAsync(string path, CancellationToken cancellationToken) =>
        await blobs.GetAsync<List<BenchmarkInputItem>>(path, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"the item chunk {path} is missing");
}
