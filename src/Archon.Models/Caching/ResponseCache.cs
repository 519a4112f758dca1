using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;

namespace Archon.Models.Caching;

/// <summary>
/// The response cache behind every model of a setup: a bounded in-memory LRU in front of an optional persistent
/// store — any <see cref="IDistributedCache"/>: a directory (<see cref="FileDistributedCache"/>, the CLI's cache
/// across runs), Azure blobs (the service), or Redis / SQL Server caches. Keys are <see cref="ChatCacheKey"/> digests.
/// Entries are copied in and out, so callers may change what they get. A store that fails is a miss (reading) or
/// skipped (writing): the cache only ever saves calls. One instance is meant to be shared by every model, query and
/// trial of a setup, so identical calls are paid for once. Thread-safe.
/// </summary>
public sealed class ResponseCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedResponse Entry)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedResponse Entry)> _lru = new();
    private long _hits;
    private long _misses;

    /// <param name="capacity">Responses kept in memory (≥ 0; 0 turns the memory tier off).</param>
    /// <param name="directory">Directory of a persistent store (<see cref="FileDistributedCache"/>), or null for memory only.</param>
    public ResponseCache(int capacity = 20_000, string? directory = null)
        : this(capacity, directory is null ? null : new FileDistributedCache(directory))
    {
    }

    /// <param name="capacity">Responses kept in memory (≥ 0; 0 turns the memory tier off).</param>
    /// <param name="store">The persistent store, or null for memory only.</param>
    public ResponseCache(int capacity, IDistributedCache? store)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        Store = store;
    }

    /// <summary>Calls under way by key, so concurrent identical calls wait for one answer instead of paying twice.</summary>
    internal ConcurrentDictionary<string, Task<CachedResponse>> InFlight { get; } = new(StringComparer.Ordinal);

    /// <summary>Maximum responses kept in memory.</summary>
    public int Capacity { get; }

    /// <summary>The persistent store, or null.</summary>
    public IDistributedCache? Store { get; }

    /// <summary>The directory of a <see cref="FileDistributedCache"/> store, or null.</summary>
    public string? Directory => (Store as FileDistributedCache)?.Directory;

    /// <summary>False when neither tier is on: every call goes to the model.</summary>
    public bool IsEnabled => Capacity > 0 || Store is not null;

    /// <summary>Responses currently in memory.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _map.Count;
            }
        }
    }

    /// <summary>Lookups answered (memory or store).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups not answered.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Looks up an entry in memory, then (when <paramref name="useStore"/>) in the store; the result is a copy.</summary>
    public async ValueTask<CachedResponse?> GetAsync(string key, bool useStore = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (TryGetFromMemory(key, out var entry))
        {
            Interlocked.Increment(ref _hits);
            return entry;
        }

        if (useStore && Store is not null && await ReadStoreAsync(key, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            AddToMemory(key, stored);
            Interlocked.Increment(ref _hits);
            return Copy(stored);
        }

        Interlocked.Increment(ref _misses);
        return null;
    }

    /// <summary>Stores a copy of <paramref name="entry"/> in memory and (when <paramref name="useStore"/>) in the store.</summary>
    public async ValueTask SetAsync(string key, CachedResponse entry, bool useStore = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entry);
        var copy = Copy(entry);
        copy.Response.RawRepresentation = null;
        AddToMemory(key, copy);
        if (useStore && Store is not null)
        {
            await WriteStoreAsync(key, copy, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static CachedResponse Copy(CachedResponse entry) => entry with { Response = Copy(entry.Response) };

    internal static ChatResponse Copy(ChatResponse r) => new([.. r.Messages.Select(CopyMessage)])
    {
        ResponseId = r.ResponseId,
        ConversationId = r.ConversationId,
        ModelId = r.ModelId,
        CreatedAt = r.CreatedAt,
        FinishReason = r.FinishReason,
        Usage = r.Usage is null ? null : new UsageDetails
        {
            InputTokenCount = r.Usage.InputTokenCount,
            OutputTokenCount = r.Usage.OutputTokenCount,
            TotalTokenCount = r.Usage.TotalTokenCount,
        },
        AdditionalProperties = r.AdditionalProperties?.Clone(),
    };

    private static ChatMessage CopyMessage(ChatMessage m) => new(m.Role, [.. m.Contents.Select(CopyContent)])
    {
        AuthorName = m.AuthorName,
        MessageId = m.MessageId,
        CreatedAt = m.CreatedAt,
        AdditionalProperties = m.AdditionalProperties?.Clone(),
    };

    private static AIContent CopyContent(AIContent c) => c is TextContent t ? new TextContent(t.Text) : c;

    private bool TryGetFromMemory(string key, out CachedResponse entry)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _lru.Remove(node);
                _lru.AddFirst(node);
                entry = Copy(node.Value.Entry);
                return true;
            }
        }

        entry = null!;
        return false;
    }

    private void AddToMemory(string key, CachedResponse entry)
    {
        if (Capacity == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_map.TryGetValue(key, out var existing))
            {
                _lru.Remove(existing);
                _map.Remove(key);
            }

            _map[key] = _lru.AddFirst((key, entry));
            while (_map.Count > Capacity)
            {
                var last = _lru.Last!;
                _lru.RemoveLast();
                _map.Remove(last.Value.Key);
            }
        }
    }

#pragma warning disable CA1031 // A store of any kind (disk, blobs, Redis) may fail in its own way; the cache only ever saves calls.
    private async Task<CachedResponse?> ReadStoreAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await Store!.GetAsync(key, cancellationToken).ConfigureAwait(false);
            return bytes is null ? null : CacheEntryJson.Deserialize(bytes);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private async Task WriteStoreAsync(string key, CachedResponse entry, CancellationToken cancellationToken)
    {
        try
        {
            await Store!.SetAsync(key, CacheEntryJson.Serialize(entry), new DistributedCacheEntryOptions(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not stored this time; the answer is still returned.
        }
    }
#pragma warning restore CA1031
}
