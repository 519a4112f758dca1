using Archon.Models.Caching;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;

namespace Archon.Models.Tests.Caching;

public sealed class ResponseCacheTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "archon-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static CachedResponse Entry(string text, double latencyMs = 120) => new(
        new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 3 } },
        TimeSpan.FromMilliseconds(latencyMs));

    [Fact]
    public async Task GetAsync_AfterSet_ReturnsIndependentCopyWithItsLatency()
    {
        var cache = new ResponseCache(10);
        await cache.SetAsync("k1", Entry("hello", 250));
        var first = await cache.GetAsync("k1");
        first!.Response.Messages[0].Contents.Clear();
        first.Response.AdditionalProperties = new() { ["x"] = 1 };

        var second = await cache.GetAsync("k1");

        Assert.Equal("hello", second!.Response.Text);
        Assert.Null(second.Response.AdditionalProperties);
        Assert.Equal(10, second.Response.Usage!.InputTokenCount);
        Assert.Equal(TimeSpan.FromMilliseconds(250), second.UncachedLatency);
    }

    [Fact]
    public async Task SetAsync_BeyondCapacity_EvictsLeastRecentlyUsed()
    {
        var cache = new ResponseCache(capacity: 2);
        await cache.SetAsync("a", Entry("A"));
        await cache.SetAsync("b", Entry("B"));
        Assert.NotNull(await cache.GetAsync("a"));
        await cache.SetAsync("c", Entry("C"));

        Assert.Equal(2, cache.Count);
        Assert.NotNull(await cache.GetAsync("a"));
        Assert.Null(await cache.GetAsync("b"));
        Assert.NotNull(await cache.GetAsync("c"));
    }

    [Fact]
    public async Task SetAsync_ManyEntries_MemoryStaysBounded()
    {
        var cache = new ResponseCache(capacity: 100);
        for (var i = 0; i < 10_000; i++)
        {
            await cache.SetAsync(i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), Entry("r"));
        }

        Assert.Equal(100, cache.Count);
    }

    [Fact]
    public async Task GetAsync_NewInstanceOverSameDirectory_ReadsFromDiskWithLatency()
    {
        const string key = "0123456789abcdef";
        await new ResponseCache(10, _dir).SetAsync(key, Entry("persisted", 321.5));

        var fresh = new ResponseCache(10, _dir);
        var entry = await fresh.GetAsync(key);

        Assert.Equal("persisted", entry!.Response.Text);
        Assert.Equal(3, entry.Response.Usage!.OutputTokenCount);
        Assert.Equal(TimeSpan.FromMilliseconds(321.5), entry.UncachedLatency);
        Assert.True(File.Exists(Path.Combine(_dir, key[..2], key + ".json")));
    }

    [Fact]
    public async Task GetAsync_UseStoreFalse_IgnoresTheDisk()
    {
        const string key = "aabbccddeeff";
        await new ResponseCache(10, _dir).SetAsync(key, Entry("on disk"));

        Assert.Null(await new ResponseCache(10, _dir).GetAsync(key, useStore: false));
    }

    [Fact]
    public async Task SetAsync_UseStoreFalse_WritesNothingToDisk()
    {
        await new ResponseCache(10, _dir).SetAsync("abcdef0123", Entry("memory only"), useStore: false);

        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public async Task GetAsync_CorruptFileOnDisk_IsAMiss()
    {
        const string key = "ffeeddccbbaa";
        var path = Path.Combine(_dir, key[..2], key + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "{ not json");
        Assert.Null(await new ResponseCache(10, _dir).GetAsync(key));
    }

    [Fact]
    public async Task GetAsync_EntryInAnOlderFormat_IsAMiss()
    {
        const string key = "0a0b0c0d0e";
        var path = Path.Combine(_dir, key[..2], key + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, """{"messages":[{"role":"assistant","contents":[{"$type":"text","text":"old"}]}]}""");
        Assert.Null(await new ResponseCache(10, _dir).GetAsync(key));
    }

    [Fact]
    public async Task GetAsync_StoreThatThrows_IsAMissAndSetStillAnswers()
    {
        var cache = new ResponseCache(0, new FailingStore());

        await cache.SetAsync("abc123", Entry("x"));

        Assert.Null(await cache.GetAsync("abc123"));
    }

    [Fact]
    public async Task GetAsync_AnyDistributedCache_IsThePersistentTier()
    {
        var store = new DictionaryStore();
        await new ResponseCache(10, store).SetAsync("abc123", Entry("shared", 80));

        var other = await new ResponseCache(10, store).GetAsync("abc123");

        Assert.Equal("shared", other!.Response.Text);
        Assert.Equal(TimeSpan.FromMilliseconds(80), other.UncachedLatency);
    }

    private sealed class FailingStore : IDistributedCache
    {
        public byte[]? Get(string key) => throw new IOException("store down");

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => throw new IOException("store down");

        public void Refresh(string key) => throw new IOException("store down");

        public Task RefreshAsync(string key, CancellationToken token = default) => throw new IOException("store down");

        public void Remove(string key) => throw new IOException("store down");

        public Task RemoveAsync(string key, CancellationToken token = default) => throw new IOException("store down");

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new IOException("store down");

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => throw new IOException("store down");
    }

    private sealed class DictionaryStore : IDistributedCache
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _items = new();

        public byte[]? Get(string key) => _items.TryGetValue(key, out var v) ? v : null;

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

        public void Refresh(string key)
        {
        }

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Remove(string key) => _items.TryRemove(key, out _);

        public Task RemoveAsync(string key, CancellationToken token = default)
        {
            Remove(key);
            return Task.CompletedTask;
        }

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => _items[key] = value;

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            Set(key, value, options);
            return Task.CompletedTask;
        }
    }
}
