using Archon.Core.Models;
using Archon.Workflows.Caching;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;

namespace Archon.Service.Tests.Caching;

[Collection(AzuriteCollection.Name)]
public sealed class BlobCachingChatClientTests
{
    private readonly AzuriteFixture _azurite;

    public BlobCachingChatClientTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task GetResponse_SameCallFromTwoInstances_ModelIsCalledOnce()
    {
        var cache = await CreateCacheAsync();
        var inner = new CountingChatClient();
        var question = $"cache test {Guid.NewGuid():N}";
        var options = new ChatOptions { Temperature = 0.7f };

        var first = await new BlobCachingChatClient(inner, cache, "gpt-x").GetResponseAsync([new ChatMessage(ChatRole.User, question)], options);
        var second = await new BlobCachingChatClient(inner, await CreateCacheAsync(), "gpt-x").GetResponseAsync([new ChatMessage(ChatRole.User, question)], options);

        Assert.Equal(1, inner.Calls);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(true, second.AdditionalProperties![ArchonChatKeys.CacheHit]);
    }

    [Fact]
    public async Task GetResponse_DifferentTemperature_IsAMiss()
    {
        var cache = await CreateCacheAsync();
        var inner = new CountingChatClient();
        var client = new BlobCachingChatClient(inner, cache, "gpt-x");
        var question = $"cache test {Guid.NewGuid():N}";

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, question)], new ChatOptions { Temperature = 0.1f });
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, question)], new ChatOptions { Temperature = 0.9f });

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task GetStreamingResponse_SameCallFromTwoInstances_SecondReplayedFromTheBlobWithUsageAndHitFlag()
    {
        var inner = new CountingChatClient();
        var question = $"stream cache test {Guid.NewGuid():N}";
        var options = new ChatOptions { Temperature = 0.7f };

        var first = await new BlobCachingChatClient(inner, await CreateCacheAsync(), "gpt-x")
            .GetStreamingResponseAsync([new ChatMessage(ChatRole.User, question)], options).CollectAsync();
        var second = await new BlobCachingChatClient(inner, await CreateCacheAsync(), "gpt-x")
            .GetStreamingResponseAsync([new ChatMessage(ChatRole.User, question)], options).CollectAsync();

        Assert.Equal(1, inner.Calls);
        Assert.Equal(first.ToChatResponse().Text, second.ToChatResponse().Text);
        Assert.Equal(3, second.ToChatResponse().Usage?.InputTokenCount);
        Assert.Contains(second, u => u.AdditionalProperties?.TryGetValue(ArchonChatKeys.CacheHit, out var hit) == true && hit is true);
    }

    [Fact]
    public async Task GetResponse_AfterTheSameCallWasStreamed_IsAHit()
    {
        var inner = new CountingChatClient();
        var client = new BlobCachingChatClient(inner, await CreateCacheAsync(), "gpt-x");
        var question = $"stream then whole {Guid.NewGuid():N}";

        var streamed = await client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, question)]).ToChatResponseAsync();
        var whole = await client.GetResponseAsync([new ChatMessage(ChatRole.User, question)]);

        Assert.Equal(1, inner.Calls);
        Assert.Equal(streamed.Text, whole.Text);
        Assert.Equal(true, whole.AdditionalProperties![ArchonChatKeys.CacheHit]);
    }

    private async Task<BlobResponseCache> CreateCacheAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = _azurite.ConnectionString }).Build();
        var storage = StorageConnection.Create(configuration);
        await storage.EnsureCreatedAsync(CancellationToken.None);
        return new BlobResponseCache(storage);
    }

    private sealed class CountingChatClient : IChatClient
    {
        private int _calls;

        public int Calls => _calls;

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var n = Interlocked.Increment(ref _calls);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, $"reply {n}")) { Usage = new UsageDetails { InputTokenCount = 3, OutputTokenCount = 2 } });
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var response = await GetResponseAsync(messages, options, cancellationToken);
            yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text[..3]) { MessageId = "m" };
            yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text[3..]) { MessageId = "m" };
            yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(response.Usage!)]) { MessageId = "m" };
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

}

/// <summary>Reads a stream of updates to the end (the runtime and System.Linq.Async both offer ToListAsync here).</summary>
internal static class UpdateStreams
{
    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
