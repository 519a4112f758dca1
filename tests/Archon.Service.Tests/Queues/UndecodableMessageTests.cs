using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Workflows;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Azure.Storage.Queues;

namespace Archon.Service.Tests.Queues;

/// <summary>A benchmark request that is not Base64 (sent as plain text) goes to the poison queue as received, and the queue keeps working.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UndecodableMessageTests
{
    private readonly AzuriteFixture _azurite;

    public UndecodableMessageTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task PlainTextMessage_IsPoisonedAsReceivedAndLaterWorkStillRuns()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite);
        var plain = new QueueClient(_azurite.ConnectionString, StorageNames.BenchmarkRequestQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await plain.SendMessageAsync("""{"architecture": "not base64 at all!"}""");

        // Poison queues hold Base64 like every Archon queue; decoded, the body is the text as it was sent.
        var poison = new QueueClient(_azurite.ConnectionString, StorageNames.BenchmarkRequestQueue + StorageNames.PoisonSuffix, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var peeked = await Polling.UntilAsync(async () => (await poison.PeekMessagesAsync(10)).Value, m => m.Length > 0, TimeSpan.FromSeconds(30), "undecodable message in the poison queue");
        Assert.Equal("""{"architecture": "not base64 at all!"}""", peeked[0].Body.ToString());

        // The queue's listener is still alive: a request sent afterwards starts its run, which completes.
        var id = WorkflowIds.New();
        var encoded = new QueueClient(_azurite.ConnectionString, StorageNames.BenchmarkRequestQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await encoded.SendMessageAsync(JsonSerializer.Serialize(new { id, dataset = "synthetic", architecture = TestArchitectures.OneCall(), items = SyntheticItems.Create(4, 7000) }));
        await Polling.UntilAsync(() => host.Client.GetAsync($"/api/benchmarks/{id}"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the queued run");
        var status = await Polling.FinishedAsync(host.Client, $"/api/benchmarks/{id}");
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Empty((await plain.PeekMessagesAsync(10)).Value);
    }
}
