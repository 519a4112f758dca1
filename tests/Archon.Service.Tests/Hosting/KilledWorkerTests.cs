using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Benchmarks;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Azure.Storage.Blobs;

namespace Archon.Service.Tests.Hosting;

/// <summary>A real `archon serve` process killed with SIGKILL mid-run, then a fresh one: every item exactly once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class KilledWorkerTests
{
    // 1 s per simulated call, 16 messages of one item at a time: about 16 items/s, so the kill lands mid-run.
    private const int Items = 200;
    private readonly AzuriteFixture _azurite;

    public KilledWorkerTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Serve_KilledMidRunAndRestarted_CompletesWithEveryItemExactlyOnce()
    {
        await _azurite.ClearQueuesAsync();
        var settings = new Dictionary<string, string>
        {
            ["Archon__QueueVisibilityTimeoutSeconds"] = "3",
            ["Archon__BenchShardSize"] = "1",
        };
        string id;
        await using (var first = await ServeProcess.StartAsync(_azurite, settings, "--simulate", "--sim-latency-ms", "1000"))
        {
            var started = await first.Client.PostAsJsonAsync("/api/benchmarks", new { dataset = "synthetic", limit = Items, seed = 7, architecture = "single-model" });
            started.EnsureSuccessStatusCode();
            id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            await Polling.UntilAsync(
                () => first.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}"),
                s => s.GetProperty("progress").GetProperty("done").GetInt32() >= 8,
                TimeSpan.FromSeconds(60),
                "some progress before the kill");
            first.Kill();
        }

        var container = new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient(StorageNames.Container);
        var doneAtKill = await CountAsync(container, RunPaths.ItemsPrefix(id));
        Assert.InRange(doneAtKill, 8, Items - 1);
        Assert.False((await container.GetBlobClient(RunPaths.Summary(id)).ExistsAsync()).Value, "the run should not have finished before the kill");

        await using var second = await ServeProcess.StartAsync(_azurite, settings, "--simulate", "--sim-latency-ms", "1000");
        var status = await Polling.UntilAsync(
            () => second.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}"),
            s => s.GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromSeconds(90),
            "completion after the restart");

        Assert.Equal("completed", status.GetProperty("status").GetString());
        var summary = status.GetProperty("summary");
        Assert.Equal(Items, summary.GetProperty("items").GetInt32());
        Assert.Equal(Items, summary.GetProperty("calls").GetInt32()); // one call per item for single-model: none counted twice
        Assert.Equal(Items, await CountAsync(container, RunPaths.ItemsPrefix(id)));
        Assert.True(summary.GetProperty("score").GetDouble() > 0.3, $"simulated models should solve many synthetic items: {summary}");
    }

    private static async Task<int> CountAsync(BlobContainerClient container, string prefix)
    {
        var n = 0;
        await foreach (var _ in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None))
        {
            n++;
        }

        return n;
    }
}
