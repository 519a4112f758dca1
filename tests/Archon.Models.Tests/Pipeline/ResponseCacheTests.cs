using Archon.Models.Pipeline;
using Microsoft.Extensions.AI;

namespace Archon.Models.Tests.Pipeline;

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

    private static ChatResponse Response(string text) => new(new ChatMessage(ChatRole.Assistant, text))
    {
        Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 3 },
    };

    [Fact]
    public void TryGet_AfterSet_ReturnsIndependentCopy()
    {
        var cache = new ResponseCache(10);
        cache.Set("k1", Response("hello"));
        Assert.True(cache.TryGet("k1", out var first));
        first.Messages[0].Contents.Clear();
        first.AdditionalProperties = new() { ["x"] = 1 };
        Assert.True(cache.TryGet("k1", out var second));
        Assert.Equal("hello", second.Text);
        Assert.Null(second.AdditionalProperties);
        Assert.Equal(10, second.Usage!.InputTokenCount);
    }

    [Fact]
    public void Set_BeyondCapacity_EvictsLeastRecentlyUsed()
    {
        var cache = new ResponseCache(capacity: 2);
        cache.Set("a", Response("A"));
        cache.Set("b", Response("B"));
        Assert.True(cache.TryGet("a", out _));
        cache.Set("c", Response("C"));

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Set_ManyEntries_MemoryStaysBounded()
    {
        var cache = new ResponseCache(capacity: 100);
        for (var i = 0; i < 10_000; i++)
        {
            cache.Set(i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), Response("r"));
        }

        Assert.Equal(100, cache.Count);
    }

    [Fact]
    public void TryGet_NewInstanceOverSameDirectory_ReadsFromDisk()
    {
        const string key = "0123456789abcdef";
        new ResponseCache(10, _dir).Set(key, Response("persisted"));

        var fresh = new ResponseCache(10, _dir);
        Assert.True(fresh.TryGet(key, out var response));
        Assert.Equal("persisted", response.Text);
        Assert.Equal(3, response.Usage!.OutputTokenCount);
    }

    [Fact]
    public void TryGet_CorruptFileOnDisk_IsAMiss()
    {
        const string key = "ffeeddccbbaa";
        var path = Path.Combine(_dir, key[..2], key + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{ not json");
        Assert.False(new ResponseCache(10, _dir).TryGet(key, out _));
    }
}
