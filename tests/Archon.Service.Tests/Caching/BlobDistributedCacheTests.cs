using Archon.Core.Models;
using Archon.Models.Caching;
using Archon.Models.Pipeline;
using Archon.Workflows.Caching;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;

namespace Archon.Service.Tests.Caching;

/// <summary>The blob store as the persistent tier of the model pipeline's one cache, on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobDistributedCacheTests
{
    private readonly AzuriteFixture _azurite;

    public BlobDistributedCacheTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task GetResponse_SameCallFromTwoInstances_ModelIsCalledOnce()
    {
        var inner = new CountingChatClient();
        var question = $"cache test {Guid.NewGuid():N}";
        var options = new ChatOptions { Temperature = 0.7f };

        var first = await Client(inner, await CreateStoreAsync()).GetResponseAsync([new ChatMessage(ChatRole.User, question)], options);
        var second = await Client(inner, await CreateStoreAsync()).GetResponseAsync([new ChatMessage(ChatRole.User, question)], options);

        Assert.Equal(1, inner.Calls);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(true, second.AdditionalProperties![ArchonChatKeys.CacheHit]);
        Assert.True(second.AdditionalProperties.ContainsKey(ArchonChatKeys.UncachedLatencyMs));
    }

    [Theory]
    [InlineData("temperature")]
    [InlineData("topP")]
    [InlineData("seed")]
    [InlineData("stop")]
    [InlineData("schema")]
    public async Task GetResponse_OptionThatChangesTheAnswer_IsAMiss(string option)
    {
        var inner = new CountingChatClient();
        var question = $"cache test {Guid.NewGuid():N}";
        var changed = new ChatOptions { Temperature = 0.7f };
        switch (option)
        {
            case "temperature": changed.Temperature = 0.1f; break;
            case "topP": changed.TopP = 0.5f; break;
            case "seed": changed.Seed = 7; break;
            case "stop": changed.StopSequences = ["END"]; break;
            case "schema": changed.ResponseFormat = ChatResponseFormat.ForJsonSchema(System.Text.Json.JsonDocument.Parse("""{"type":"object"}""").RootElement.Clone(), "x"); break;
        }

        await Client(inner, await CreateStoreAsync()).GetResponseAsync([new ChatMessage(ChatRole.User, question)], new ChatOptions { Temperature = 0.7f });
        await Client(inner, await CreateStoreAsync()).GetResponseAsync([new ChatMessage(ChatRole.User, question)], changed);

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task GetStreamingResponse_SameCallFromTwoInstances_SecondReplayedFromTheBlobWithUsageAndHitFlag()
    {
        var inner = new CountingChatClient();
        var question = $"stream cache test {Guid.NewGuid():N}";
        var options = new ChatOptions { Temperature = 0.7f };

        var first = await Client(inner, await CreateStoreAsync()).GetStreamingResponseAsync([new ChatMessage(ChatRole.User, question)], options).CollectAsync();
        var second = await Client(inner, await CreateStoreAsync()).GetStreamingResponseAsync([new ChatMessage(ChatRole.User, question)], options).CollectAsync();

        Assert.Equal(1, inner.Calls);
        Assert.Equal(first.ToChatResponse().Text, second.ToChatResponse().Text);
        Assert.Equal(3, second.ToChatResponse().Usage?.InputTokenCount);
        Assert.Contains(second, u => u.AdditionalProperties?.TryGetValue(ArchonChatKeys.CacheHit, out var hit) == true && hit is true);
    }

    [Fact]
    public async Task GetAsync_EntryIsStoredUnderTheCachePrefixAsEntryJson()
    {
        var store = await CreateStoreAsync();
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
        await new ResponseCache(0, store).SetAsync(key, new CachedResponse(new ChatResponse(new ChatMessage(ChatRole.Assistant, "stored")), TimeSpan.FromMilliseconds(42)));

        var bytes = await store.GetAsync(key);

        Assert.Contains("\"format\":\"archon-response-cache/2\"", System.Text.Encoding.UTF8.GetString(bytes!), StringComparison.Ordinal);
        Assert.Equal("stored", (await new ResponseCache(0, store).GetAsync(key))!.Response.Text);
    }

    private static IChatClient Client(IChatClient inner, BlobDistributedCache store) =>
        new ChatClientBuilder(inner).UseArchonResponseCache(new ResponseCache(0, store), "gpt-x").Build();

    private async Task<BlobDistributedCache> CreateStoreAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = _azurite.ConnectionString }).Build();
        var storage = StorageConnection.Create(configuration);
        await storage.EnsureCreatedAsync(CancellationToken.None);
        return new BlobDistributedCache(storage);
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
