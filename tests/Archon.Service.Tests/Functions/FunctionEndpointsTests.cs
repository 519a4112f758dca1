using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Benchmarks;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Tests.Functions;

/// <summary>The custom-handler payloads the Functions host sends for queue and timer triggers.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionEndpointsTests
{
    private readonly AzuriteFixture _azurite;

    public FunctionEndpointsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task QueueTrigger_HostPayload_ProcessesTheShardAndAnswersOutputsLogsReturnValue()
    {
        await _azurite.ClearQueuesAsync();
        await using var host = await TestHost.StartAsync(_azurite, UnderHost());
        var id = await CreateRunAsync(host, 3, 5000);

        var message = JsonSerializer.Serialize(new { runId = id, shard = 0 });
        var response = await HostPost(host, "/BenchWork", new
        {
            Data = new { message },
            Metadata = new { DequeueCount = 1, Id = Guid.NewGuid().ToString(), sys = new { MethodName = "BenchWork", UtcNow = DateTime.UtcNow } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.Contains("BenchWork", body.GetProperty("Logs")[0].GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ReturnValue").ValueKind);
        var blobs = host.App.Services.GetRequiredService<BlobJson>();
        Assert.Equal(3, (await blobs.ListAsync(RunPaths.ItemsPrefix(id), CancellationToken.None)).Count);

        // Under the host no poller runs: the fan-in message waits in its queue for the host, so deliver it the same way.
        var fanIn = await HostPost(host, "/BenchFanIn", new { Data = new { message = JsonSerializer.Serialize(new { runId = id }) }, Metadata = new { DequeueCount = "1" } });
        Assert.Equal(HttpStatusCode.OK, fanIn.StatusCode);
        var status = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}");
        Assert.Equal("completed", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task QueueTrigger_FailingOnTheFifthDelivery_Answers500AndMarksTheRunFailed()
    {
        await using var host = await TestHost.StartAsync(_azurite, UnderHost());
        var id = Guid.NewGuid().ToString("N");
        var blobs = host.App.Services.GetRequiredService<BlobJson>();
        var manifest = new BenchmarkManifest(id, "inline", "one-call", JsonSerializer.SerializeToElement(TestArchitectures.OneCall()), 3, 8, 1, DateTimeOffset.UtcNow);
        await blobs.WriteAsync(RunPaths.Manifest(id), manifest, CancellationToken.None);
        var message = JsonSerializer.Serialize(new { runId = id, shard = 0 });

        var early = await HostPost(host, "/BenchWork", new { Data = new { message }, Metadata = new { DequeueCount = 2 } });
        Assert.Equal(HttpStatusCode.InternalServerError, early.StatusCode);
        Assert.Equal("queued", (await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}")).GetProperty("status").GetString());

        var last = await HostPost(host, "/BenchWork", new { Data = new { message }, Metadata = new { DequeueCount = 5 } });
        Assert.Equal(HttpStatusCode.InternalServerError, last.StatusCode);
        Assert.Contains("marked failed", (await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("Logs")[0].GetString());
        var status = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}");
        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Contains("input", status.GetProperty("error").GetString());
    }

    [Fact]
    public async Task QueueTrigger_PayloadWithoutTheBinding_Answers400()
    {
        await using var host = await TestHost.StartAsync(_azurite, UnderHost());
        var response = await HostPost(host, "/QueryWork", new { Data = new { other = "x" }, Metadata = new { } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("message", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("Logs")[0].GetString());
    }

    [Fact]
    public async Task TimerTrigger_HostPayload_StartsTheScheduledSearches()
    {
        var definition = JsonSerializer.Serialize(new[]
        {
            new { architectures = new object[] { TestArchitectures.OneCall("timer-a") }, items = SyntheticItems.Create(2, 6000) },
        });
        var settings = UnderHost();
        settings["Archon__ScheduledSearches"] = definition;
        await using var host = await TestHost.StartAsync(_azurite, settings);

        var response = await HostPost(host, "/ScheduledSearches", new
        {
            Data = new { timer = new { Schedule = new { AdjustForDST = true }, ScheduleStatus = (object?)null, IsPastDue = false } },
            Metadata = new { sys = new { MethodName = "ScheduledSearches" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("started 1 search", body.GetProperty("Logs")[0].GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ReturnValue").ValueKind);
    }

    // The host sends the payload with PascalCase members, exactly as the protocol names them.
    private static Task<HttpResponseMessage> HostPost(TestHost host, string path, object payload) =>
        host.Client.PostAsync(path, new StringContent(JsonSerializer.Serialize(payload), System.Text.Encoding.UTF8, "application/json"));

    private static Dictionary<string, string?> UnderHost() =>
        new() { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "0" };

    private static async Task<string> CreateRunAsync(TestHost host, int count, int tag)
    {
        var orchestrator = host.App.Services.GetRequiredService<BenchmarkOrchestrator>();
        var id = Guid.NewGuid().ToString("N");
        var items = Enumerable.Range(0, count).Select(i => new BenchmarkInputItem($"i{i}", $"What is {tag} + {i}?", $"{tag + i}")).ToList();
        await orchestrator.CreateRunAsync(id, "inline", "one-call", JsonSerializer.SerializeToElement(TestArchitectures.OneCall()), items, null, CancellationToken.None);
        return id;
    }
}
