using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Benchmarks.Results;
using Archon.Workflows;
using Archon.Workflows.Benchmarks;
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
    public async Task QueueMessage_SentTwice_StartsOneRunAndEvaluatesEachItemOnce()
    {
        await _azurite.ClearQueuesAsync();
        var runner = new FakeRunner { Delay = TimeSpan.FromMilliseconds(20) };
        await using var host = await TestHost.StartAsync(_azurite, runner: runner);
        var message = JsonSerializer.Serialize(new { dataset = "synthetic", architecture = TestArchitectures.OneCall(), items = SyntheticItems.Create(24, 3000) });
        var queue = new QueueClient(_azurite.ConnectionString, StorageNames.BenchmarkRequestQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.SendMessageAsync(message);
        await queue.SendMessageAsync(message);

        // Without an "id" the run id derives from the message, so the duplicate names the same run.
        var id = WorkflowIds.From(message);
        var status = await Polling.UntilAsync(
            () => host.Client.GetAsync($"/api/benchmarks/{id}"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the queued run");
        var done = await WaitCompletedAsync(host, id);
        await Polling.UntilAsync(async () => (await queue.PeekMessagesAsync(10)).Value, m => m.Length == 0, TimeSpan.FromSeconds(20), "both messages handled");

        Assert.Equal(24, done.GetProperty("summary").GetProperty("items").GetInt32());
        Assert.Equal(0.024m, done.GetProperty("summary").GetProperty("costUsd").GetDecimal());
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
    public async Task QueueMessage_InvalidRequest_RecordsTheRunAsFailedWithTheFieldAndRule()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite);
        var id = WorkflowIds.New();
        var queue = new QueueClient(_azurite.ConnectionString, StorageNames.BenchmarkRequestQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.SendMessageAsync(JsonSerializer.Serialize(new { id, dataset = "synthetic", items = SyntheticItems.Create(2, 1) }));

        await Polling.UntilAsync(
            () => host.Client.GetAsync($"/api/benchmarks/{id}"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the refused request's record");
        var status = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}");
        Assert.Equal("failed", status.GetProperty("status").GetString());

        Assert.Contains("architecture: required", status.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
    }

    [Fact]
    public async Task Delete_RunningRun_CancelsItAndASecondDeleteIsAConflict()
    {
        var runner = new FakeRunner { Delay = TimeSpan.FromMilliseconds(200) };
        await using var host = await TestHost.StartAsync(_azurite, runner: runner);
        var id = await StartAsync(host, SyntheticItems.Create(200, 6000));
        await Polling.UntilAsync(
            () => host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}"),
            s => s.GetProperty("progress").GetProperty("done").GetInt32() > 0, TimeSpan.FromSeconds(30), "first items done");

        var cancel = await host.Client.DeleteAsync($"/api/benchmarks/{id}");
        var again = await host.Client.DeleteAsync($"/api/benchmarks/{id}");
        var unknown = await host.Client.DeleteAsync($"/api/benchmarks/{WorkflowIds.New()}");

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var status = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}");
        Assert.Equal("cancelled", status.GetProperty("status").GetString());
        var runsAtCancel = runner.TotalRuns;
        await Task.Delay(1000);
        Assert.True(runner.TotalRuns <= runsAtCancel + 32, $"{runner.TotalRuns - runsAtCancel} items ran after the cancel");
        Assert.True(runner.TotalRuns < 200);
    }

    [Fact]
    public async Task Post_TwentyThousandItems_AnswersAcceptedWithTheRunAndItsItemsStored()
    {
        await using var host = await TestHost.StartAsync(_azurite, runner: new FakeRunner { Delay = TimeSpan.FromMilliseconds(50) });
        var body = JsonSerializer.Serialize(new { dataset = "synthetic", architecture = TestArchitectures.OneCall(), items = SyntheticItems.Create(20_000, 8000), parallel = 4 });

        var response = await host.Client.PostAsync("/api/benchmarks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var status = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}");
        Assert.Equal(20_000, status.GetProperty("progress").GetProperty("total").GetInt32());
        var blobs = host.App.Services.GetRequiredService<BlobJson>();
        Assert.Equal(40, (await blobs.ListAsync(RunPaths.InputPrefix(id), CancellationToken.None)).Count);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.DeleteAsync($"/api/benchmarks/{id}")).StatusCode);
    }

    [Fact]
    public async Task Post_MoreItemsThanTheLimit_Returns400BeforeStoringAnything()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var body = JsonSerializer.Serialize(new { dataset = "synthetic", architecture = TestArchitectures.OneCall(), limit = BenchmarkLimits.MaxItems + 1 });

        var response = await host.Client.PostAsync("/api/benchmarks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(20_000, "", "but it is 20,000 characters long")]
    [InlineData(257, "", "but it is 257 characters long")]
    [InlineData(4, "\u0007", "it holds the control character U+0007 at index 4")]
    public async Task Post_DatasetNameBreakingTheRule_Returns400NamingDataset(int length, string suffix, string reason)
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var body = JsonSerializer.Serialize(new { dataset = new string('d', length) + suffix, architecture = TestArchitectures.OneCall(), items = SyntheticItems.Create(2, 1) });

        var response = await host.Client.PostAsync("/api/benchmarks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("dataset")[0].GetString();
        Assert.Contains("must be at most 256 characters with no control characters", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.StartsWith("dataset: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DatasetNameOf256Characters_IsAccepted()
    {
        await using var host = await TestHost.StartAsync(_azurite, runner: new FakeRunner { Delay = TimeSpan.FromMilliseconds(50) });
        var dataset = new string('d', 256);
        var body = JsonSerializer.Serialize(new { dataset, architecture = TestArchitectures.OneCall(), items = SyntheticItems.Create(2, 1) });

        var response = await host.Client.PostAsync("/api/benchmarks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var status = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}");
        Assert.Equal(dataset, status.GetProperty("dataset").GetString());
        await host.Client.DeleteAsync($"/api/benchmarks/{id}");
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
        var first = await blobs.GetAsync<ItemResult>(RunPaths.Item(id, "gsm8k-1"), CancellationToken.None);
        Assert.NotNull(first);
        Assert.Equal(1.0, first.Score);
        Assert.True(first.Correct);
        Assert.Equal("extracted 5001, expected 5001", first.Detail);
        // The architecture was asked the GSM8K-framed prompt, not the bare question.
        Assert.Contains(host.Runner.RunsByQuestion.Keys, q => q.StartsWith("What is 5000 + 1?", StringComparison.Ordinal) && q.Contains("####", StringComparison.Ordinal));
    }

    [Theory]
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

    [Fact]
    public async Task Post_UnknownArchitecture_Returns404()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var response = await host.Client.PostAsJsonAsync("/api/benchmarks", new { architecture = "missing-arch", items = new[] { new { question = "q" } } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> StartAsync(TestHost host, object[] items, object? architecture = null)
    {
        var response = await host.Client.PostAsJsonAsync("/api/benchmarks", new { dataset = "synthetic", architecture = architecture ?? TestArchitectures.OneCall(), items });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Task<JsonElement> WaitCompletedAsync(TestHost host, string id) => Polling.FinishedAsync(host.Client, $"/api/benchmarks/{id}");
}
