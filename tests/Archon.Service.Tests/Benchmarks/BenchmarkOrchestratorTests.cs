using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Benchmarks;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Tests.Benchmarks;

[Collection(AzuriteCollection.Name)]
public sealed class BenchmarkOrchestratorTests
{
    private readonly AzuriteFixture _azurite;

    public BenchmarkOrchestratorTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Run_FiftyItemsThroughTheQueues_CompletesWithSummaryAndEachItemOnce()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite);

        var id = await StartAsync(host, SyntheticItems.Create(50, 1000));
        var status = await WaitCompletedAsync(host, id);

        Assert.Equal(50, status.GetProperty("progress").GetProperty("done").GetInt32());
        Assert.Equal(50, status.GetProperty("progress").GetProperty("total").GetInt32());
        var summary = status.GetProperty("summary");
        Assert.Equal(50, summary.GetProperty("items").GetInt32());
        Assert.Equal(1.0, summary.GetProperty("score").GetDouble());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Equal(0.05m, summary.GetProperty("costUsd").GetDecimal());
        Assert.True(summary.GetProperty("ci95")[0].GetDouble() > 0.9);
        Assert.All(SyntheticItems.Questions(50, 1000), q => Assert.Equal(1, host.Runner.RunsByQuestion[q]));
    }

    [Fact]
    public async Task Run_WrongAnswers_ScoreZero()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite);

        var id = await StartAsync(host, SyntheticItems.Create(10, 2000), TestArchitectures.OneCall("always-wrong"));
        var status = await WaitCompletedAsync(host, id);

        Assert.Equal(0.0, status.GetProperty("summary").GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Run_DuplicateWorkAndFanInMessages_CountNothingTwice()
    {
        await _azurite.ClearQueuesAsync();
        var runner = new FakeRunner { Delay = TimeSpan.FromMilliseconds(50) };
        await using var host = await TestHost.StartAsync(_azurite, runner: runner);

        var id = await StartAsync(host, SyntheticItems.Create(24, 3000));
        var work = new QueueClient(_azurite.ConnectionString, StorageNames.BenchWorkQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var fanIn = new QueueClient(_azurite.ConnectionString, StorageNames.BenchFanInQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        for (var copy = 0; copy < 3; copy++)
        {
            for (var shard = 0; shard < 3; shard++)
            {
                await work.SendMessageAsync(JsonSerializer.Serialize(new { runId = id, shard }));
            }

            await fanIn.SendMessageAsync(JsonSerializer.Serialize(new { runId = id }));
        }

        var status = await WaitCompletedAsync(host, id);
        await Task.Delay(1500); // let the duplicates drain

        Assert.Equal(24, status.GetProperty("summary").GetProperty("items").GetInt32());
        Assert.Equal(0.024m, status.GetProperty("summary").GetProperty("costUsd").GetDecimal());
        // A duplicate delivered while the original is still in flight waits on the original's item claims: each item once.
        Assert.All(SyntheticItems.Questions(24, 3000), q => Assert.Equal(1, runner.RunsByQuestion[q]));
        var blobs = host.App.Services.GetRequiredService<BlobJson>();
        Assert.Equal(24, (await blobs.ListAsync(RunPaths.ItemsPrefix(id), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Run_ItemThatThrows_IsRecordedAsAnErrorNotRetried()
    {
        await _azurite.ClearQueuesAsync();
        var runner = new FakeRunner { Throws = q => q == "What is 4000 + 3?" };
        await using var host = await TestHost.StartAsync(_azurite, runner: runner);

        var id = await StartAsync(host, SyntheticItems.Create(5, 4000));
        var status = await WaitCompletedAsync(host, id);

        Assert.Equal(1, status.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(0.8, status.GetProperty("summary").GetProperty("score").GetDouble(), 6);
        Assert.Equal(1, runner.RunsByQuestion["What is 4000 + 3?"]);
    }

    [Fact]
    public async Task WorkMessage_FailingEveryDelivery_IsPoisonedAndTheRunFailsWithTheReason()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite);
        var blobs = host.App.Services.GetRequiredService<BlobJson>();
        var orchestrator = host.App.Services.GetRequiredService<BenchmarkOrchestrator>();
        var id = Guid.NewGuid().ToString("N");

        // A manifest whose input blob is gone: every delivery of its work message fails.
        var manifest = new BenchmarkManifest(id, "inline", "one-call", JsonSerializer.SerializeToElement(TestArchitectures.OneCall()), 3, 8, 1, DateTimeOffset.UtcNow);
        await blobs.WriteAsync(RunPaths.Manifest(id), manifest, CancellationToken.None);
        var work = new QueueClient(_azurite.ConnectionString, StorageNames.BenchWorkQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await work.SendMessageAsync(JsonSerializer.Serialize(new { runId = id, shard = 0 }));

        var status = await Polling.UntilAsync(
            () => orchestrator.GetStatusAsync(id, CancellationToken.None)!,
            s => s!.Status == "failed",
            TimeSpan.FromSeconds(40),
            "run failure after poisoning");

        Assert.Contains("input", status!.Error, StringComparison.Ordinal);
        Assert.Contains("5 times", status.Error, StringComparison.Ordinal);
        var poison = new QueueClient(_azurite.ConnectionString, StorageNames.BenchWorkQueue + StorageNames.PoisonSuffix, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var peeked = await Polling.UntilAsync(async () => (await poison.PeekMessagesAsync(10)).Value, m => m.Length > 0, TimeSpan.FromSeconds(10), "poison message");
        Assert.Contains(id, peeked[0].Body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Gsm8kInlineItems_AreLoadedAndScoredWithTheGsm8kScorer()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite);

        // Worked solutions ending in "#### n": only the GSM8K loader and scorer read the number after "####"
        // (a plain answer comparison would score every item 0). The last item's reference is wrong on purpose.
        object[] items =
        [
            new { question = "What is 5000 + 1?", answer = "Add the numbers: 5000 + 1 = 5001.\n#### 5,001" },
            new { question = "What is 5000 + 2?", answer = "5000 + 2 = 5002\n#### 5002" },
            new { question = "What is 5000 + 3?", answer = "Hence the total.\n#### 5003" },
            new { question = "What is 5000 + 4?", answer = "Wrong on purpose.\n#### 7" },
        ];
        var response = await host.Client.PostAsJsonAsync("/api/benchmarks", new { dataset = "gsm8k", architecture = TestArchitectures.OneCall(), items });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var status = await WaitCompletedAsync(host, id);

        var summary = status.GetProperty("summary");
        Assert.Equal("gsm8k", status.GetProperty("dataset").GetString());
        Assert.Equal(4, summary.GetProperty("items").GetInt32());
        Assert.Equal(0.75, summary.GetProperty("score").GetDouble(), 6);
        Assert.Equal(3, summary.GetProperty("correct").GetInt32());
        var blobs = host.App.Services.GetRequiredService<BlobJson>();
        var first = await blobs.GetAsync<BenchmarkItemResult>(RunPaths.Item(id, "gsm8k-1"), CancellationToken.None);
        Assert.NotNull(first);
        Assert.Equal(1.0, first.Score);
        Assert.True(first.Correct);
        Assert.Equal("extracted 5001, expected 5001", first.Detail);
        // The architecture was asked the GSM8K-framed prompt, not the bare question.
        Assert.Contains(host.Runner.RunsByQuestion.Keys, q => q.StartsWith("What is 5000 + 1?", StringComparison.Ordinal) && q.Contains("####", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"architecture\": \"missing-arch\", \"items\": [{\"question\": \"q\"}]}", "architecture")]
    [InlineData("{\"architecture\": {\"name\": \"a\", \"layers\": [[{\"type\": \"generator\", \"model\": \"sim-large\"}]]}}", "items")]
    [InlineData("{\"architecture\": {\"name\": \"a\", \"layers\": [[{\"type\": \"generator\", \"model\": \"sim-large\"}]]}, \"items\": [{\"id\": \"a\", \"question\": \"q\"}, {\"id\": \"a\", \"question\": \"r\"}]}", "items")]
    [InlineData("{\"architecture\": {\"name\": \"a\", \"layers\": [[{\"type\": \"generator\", \"model\": \"sim-large\"}]]}, \"items\": [{\"question\": \"q\"}], \"limit\": 0}", "limit")]
    [InlineData("{\"dataset\": \"gsm8k\", \"architecture\": {\"name\": \"a\", \"layers\": [[{\"type\": \"generator\", \"model\": \"sim-large\"}]]}, \"items\": [{\"question\": \"q\", \"answer\": \"42\"}]}", "items")]
    [InlineData("{\"dataset\": \"mt-bench\", \"architecture\": {\"name\": \"a\", \"layers\": [[{\"type\": \"generator\", \"model\": \"sim-large\"}]]}, \"items\": [{\"question\": \"q\"}]}", "judge")]
    public async Task Post_InvalidRequest_Returns400NamingTheField(string json, string field)
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsync("/api/benchmarks", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private static async Task<string> StartAsync(TestHost host, object[] items, object? architecture = null)
    {
        var response = await host.Client.PostAsJsonAsync("/api/benchmarks", new { dataset = "synthetic", architecture = architecture ?? TestArchitectures.OneCall(), items });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Task<JsonElement> WaitCompletedAsync(TestHost host, string id) => Polling.FinishedAsync(host.Client, $"/api/benchmarks/{id}");
}
