using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archon.Service.Tests.Support;
using Archon.Workflows.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Archon.Service.Tests.Hosting;

/// <summary>
/// A real <c>archon serve</c> whose model server echoes the API key in every 401: after a sync query, an async query,
/// a chat completion (plain and streamed) and a benchmark run, the key is in no response, no line the process printed,
/// no blob the runs wrote and no row of the task hub's history — while the rest of the upstream message is.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SecretLeakTests(AzuriteFixture azurite)
{
    // Shaped like no known key format, so only the model setup's knowledge of the key can remove it.
    private const string Key = "zzQ7Wk2Lp9Vt4Rm8Xy3Nb6Hc1Jd5Fg0";
    private const string Echo = "Incorrect API key provided";
    private const string Architecture = "echo-arch";

    [Fact]
    public async Task Serve_UpstreamEchoesTheKey_KeyInNoResponseLogBlobOrHistory()
    {
        var variable = "ARCHON_TEST_ECHO_KEY_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var hub = "s" + Guid.NewGuid().ToString("N")[..12];
        await using var models = await FailingModelServer.StartAsync(401, authorization => $"{Echo}: {Key}. You sent: {authorization}");
        var settings = new Dictionary<string, string>
        {
            [variable] = Key,
            ["Archon__ModelCatalog"] = models.CatalogWithKey(variable),
            ["Archon__TaskHub"] = hub,
            ["Logging__LogLevel__Default"] = "Information",
        };
        await using var serve = await ServeProcess.StartAsync(azurite, settings);
        var architecture = new
        {
            name = Architecture,
            layers = new object[]
            {
                new[] { new { type = "generator", model = FailingModelServer.Model, temperature = 0.7, max_tokens = 64, samples = 2 } },
                new[] { new { type = "critic", model = FailingModelServer.Model, temperature = 0.0, max_tokens = 64, samples = 1 } },
            },
        };
        (await serve.Client.PutAsJsonAsync($"/api/architectures/{Architecture}", architecture)).EnsureSuccessStatusCode();
        var responses = new List<string>();

        using var sync = await serve.Client.PostAsJsonAsync("/api/query", new { architecture = Architecture, question = "What is 1 + 1?" });
        Assert.Equal(HttpStatusCode.BadGateway, sync.StatusCode);
        responses.Add(await sync.Content.ReadAsStringAsync());

        var chatBody = new { model = Architecture, messages = new[] { new { role = "user", content = "What is 2 + 2?" } } };
        using var chat = await serve.Client.PostAsJsonAsync("/api/v1/chat/completions", chatBody);
        Assert.Equal(HttpStatusCode.BadGateway, chat.StatusCode);
        responses.Add(await chat.Content.ReadAsStringAsync());
        using var stream = await serve.Client.PostAsJsonAsync("/api/v1/chat/completions", new { chatBody.model, chatBody.messages, stream = true });
        responses.Add(await stream.Content.ReadAsStringAsync());

        using var async = await serve.Client.PostAsJsonAsync("/api/query?mode=async", new { architecture = Architecture, question = "What is 3 + 3?" });
        var queryId = (await async.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var queryStatus = await Polling.UntilAsync(
            () => serve.Client.GetFromJsonAsync<JsonElement>($"/api/query/{queryId}"),
            s => s.GetProperty("status").GetString() is not ("queued" or "running"),
            TimeSpan.FromSeconds(60),
            "the async query to end");
        responses.Add(queryStatus.GetRawText());

        var items = new[] { new { id = "a", question = "What is 4 + 4?", answer = "8" }, new { id = "b", question = "What is 5 + 5?", answer = "10" } };
        using var run = await serve.Client.PostAsJsonAsync("/api/benchmarks", new { architecture = Architecture, items });
        var runId = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var runStatus = await Polling.UntilAsync(
            () => serve.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{runId}"),
            s => s.GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromSeconds(60),
            "the benchmark run to end");
        responses.Add(runStatus.GetRawText());
        Assert.Equal(2, runStatus.GetProperty("summary").GetProperty("errors").GetInt32());

        var blobs = await ReadBlobsAsync(StorageNames.QueriesPrefix + queryId, StorageNames.RunsPrefix + runId);
        var history = await ReadHistoryAsync(hub);
        var output = serve.Output.ToList();

        Assert.True(models.Requests >= 6, $"the model server saw {models.Requests} requests");
        Assert.Contains(responses, r => r.Contains(Echo, StringComparison.Ordinal));
        Assert.Contains(blobs, b => b.Text.Contains(Echo, StringComparison.Ordinal));
        Assert.Contains(output, l => l.Contains(Echo, StringComparison.Ordinal));
        Assert.All(responses, r => Assert.DoesNotContain(Key, r, StringComparison.Ordinal));
        Assert.All(output, l => Assert.DoesNotContain(Key, l, StringComparison.Ordinal));
        Assert.All(blobs, b => Assert.False(b.Text.Contains(Key, StringComparison.Ordinal), $"the key is in blob {b.Name}"));
        Assert.All(history, h => Assert.DoesNotContain(Key, h, StringComparison.Ordinal));
        Assert.NotEmpty(history);
    }

    private async Task<List<(string Name, string Text)>> ReadBlobsAsync(params string[] prefixes)
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.Container);
        var blobs = new List<(string, string)>();
        foreach (var prefix in prefixes)
        {
            await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None))
            {
                var content = await container.GetBlobClient(blob.Name).DownloadContentAsync();
                blobs.Add((blob.Name, Encoding.UTF8.GetString(content.Value.Content.ToArray())));
            }
        }

        Assert.NotEmpty(blobs);
        return blobs;
    }

    // Every property of every row of the task hub's history and instances tables (inputs, outputs, failure details).
    private async Task<List<string>> ReadHistoryAsync(string hub)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var rows = new List<string>();
        foreach (var table in new[] { hub + "History", hub + "Instances" })
        {
            await foreach (var entity in service.GetTableClient(table).QueryAsync<TableEntity>())
            {
                rows.Add(string.Join(" ", entity.Select(p => $"{p.Key}={p.Value}")));
            }
        }

        return rows;
    }
}
