using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>
/// Chat responses by cache key: a bounded in-memory LRU, optionally backed by a directory on disk. One instance is
/// meant to be shared by every model, query and trial of a setup, so identical calls are paid for once.
/// Thread-safe.
/// </summary>
public sealed class ResponseCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, ChatResponse Response)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, ChatResponse Response)> _lru = new();
    private long _hits;
    private long _misses;

    /// <param name="capacity">Responses kept in memory (≥ 0; 0 disables the memory tier).</param>
    /// <param name="directory">Directory of the disk tier, or null for memory only.</param>
    public ResponseCache(int capacity = 20_000, string? directory = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        Directory = directory;
        if (directory is not null)
        {
            System.IO.Directory.CreateDirectory(directory);
        }
    }

    /// <summary>Calls under way by key, so concurrent identical calls wait for one answer instead of paying twice.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, Task<ChatResponse>> InFlight { get; } = new(StringComparer.Ordinal);

    /// <summary>Maximum responses kept in memory.</summary>
    public int Capacity { get; }

    /// <summary>Disk directory, or null.</summary>
    public string? Directory { get; }

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

    /// <summary>Lookups answered (memory or disk).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups not answered.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Looks up a response; the returned object is a copy the caller may modify.</summary>
    public bool TryGet(string key, out ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _lru.Remove(node);
                _lru.AddFirst(node);
                response = Copy(node.Value.Response);
                Interlocked.Increment(ref _hits);
                return true;
            }
        }

        if (Directory is not null && TryReadDisk(key, out var fromDisk))
        {
            AddToMemory(key, fromDisk);
            response = Copy(fromDisk);
            Interlocked.Increment(ref _hits);
            return true;
        }

        Interlocked.Increment(ref _misses);
        response = null!;
        return false;
    }

    /// <summary>Stores a copy of <paramref name="response"/> under <paramref name="key"/>.</summary>
    public void Set(string key, ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);
        var copy = Copy(response);
        copy.RawRepresentation = null;
        AddToMemory(key, copy);
        if (Directory is not null)
        {
            WriteDisk(key, copy);
        }
    }

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

    private void AddToMemory(string key, ChatResponse response)
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

            _map[key] = _lru.AddFirst((key, response));
            while (_map.Count > Capacity)
            {
                var last = _lru.Last!;
                _lru.RemoveLast();
                _map.Remove(last.Value.Key);
            }
        }
    }

    private string PathFor(string key) => Path.Combine(Directory!, key[..2], key + ".json");

    private bool TryReadDisk(string key, out ChatResponse response)
    {
        response = null!;
        var path = PathFor(key);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            response = JsonSerializer.Deserialize(File.ReadAllText(path), AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse))) as ChatResponse ?? null!;
            if (response?.AdditionalProperties is { } props)
            {
                RestorePrimitives(props);
            }

            return response is not null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            // A torn or foreign file is a miss; the next Set rewrites it.
            return false;
        }
    }

    /// <summary>Flags such as <c>archon.simulated</c> come back from JSON as elements; turn them into plain values again.</summary>
    private static void RestorePrimitives(AdditionalPropertiesDictionary props)
    {
        foreach (var key in props.Keys.ToList())
        {
            if (props[key] is JsonElement e)
            {
                props[key] = e.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number when e.TryGetInt32(out var i) => i,
                    JsonValueKind.Number => e.GetDouble(),
                    JsonValueKind.String => e.GetString(),
                    _ => e,
                };
            }
        }
    }

    private void WriteDisk(string key, ChatResponse response)
    {
        var path = PathFor(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(response, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse))));
        File.Move(temp, path, overwrite: true);
    }
}
