using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Azure.Storage.Queues;

namespace Archon.Service.Tests.Queues;

/// <summary>A message that is not Base64 (sent as plain text) goes to the poison queue as received, and the queue keeps working.</summary>
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
        var plain = new QueueClient(_azurite.ConnectionString, StorageNames.BenchWorkQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await plain.SendMessageAsync("""{"runId": "not base64 at all!", "shard": 0}""");

        // Poison queues hold Base64 like every Archon queue; decoded, the body is the text as it was sent.
        var poison = new QueueClient(_azurite.ConnectionString, StorageNames.BenchWorkQueue + StorageNames.PoisonSuffix, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var peeked = await Polling.UntilAsync(async () => (await poison.PeekMessagesAsync(10)).Value, m => m.Length > 0, TimeSpan.FromSeconds(30), "undecodable message in the poison queue");
        Assert.Equal("""{"runId": "not base64 at all!", "shard": 0}""", peeked[0].Body.ToString());

        // The work queue's loop is still alive: a benchmark started afterwards completes.
        var response = await host.Client.PostAsJsonAsync("/api/benchmarks", new { dataset = "synthetic", architecture = TestArchitectures.OneCall(), items = SyntheticItems.Create(4, 7000) });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var status = await Polling.FinishedAsync(host.Client, $"/api/benchmarks/{id}");
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Empty((await plain.PeekMessagesAsync(10)).Value);
    }
}
