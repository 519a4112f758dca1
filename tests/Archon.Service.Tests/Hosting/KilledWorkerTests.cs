using System.Net.Http.Json;
using System.Text.Json;
using Archon.Workflows.Benchmarks;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Azure.Storage.Blobs;

namespace Archon.Service.Tests.Hosting;

/// <summary>
/// A real <c>archon serve</c> process killed with SIGKILL at about 40 % of a run, then a fresh one on the same task hub:
/// the run resumes from its history and finishes with every item exactly once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class KilledWorkerTests
{
    // 1 s per simulated call, 8 items at a time: about 8 items/s, so the kill at 80 items lands mid-run.
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
        var settings = new Dictionary<string, string> { ["Archon__TaskHub"] = "k" + Guid.NewGuid().ToString("N")[..12] };
        string id;
        await using (var first = await ServeProcess.StartAsync(_azurite, settings, "--simulate", "--sim-latency-ms", "1000"))
        {
            var started = await first.Client.PostAsJsonAsync("/api/benchmarks", new { dataset = "synthetic", limit = Items, seed = 7, architecture = "single-model", parallel = 8 });
            started.EnsureSuccessStatusCode();
            id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            await Polling.UntilAsync(
                () => first.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}"),
                s => s.GetProperty("progress").GetProperty("done").GetInt32() >= Items * 2 / 5,
                TimeSpan.FromSeconds(60),
                "some progress before the kill");
            first.Kill();
        }

        var container = new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient(StorageNames.Container);
        var doneAtKill = await CountAsync(container, RunPaths.ItemsPrefix(id));
        Assert.InRange(doneAtKill, Items * 2 / 5, Items - 1);
        Assert.False((await container.GetBlobClient(RunPaths.Summary(id)).ExistsAsync()).Value, "the run should not have finished before the kill");

        await using var second = await ServeProcess.StartAsync(_azurite, settings, "--simulate", "--sim-latency-ms", "1000");
        var restarted = System.Diagnostics.Stopwatch.StartNew();
        var status = await Polling.UntilAsync(
            () => second.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}"),
            s => s.GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromSeconds(90),
            "completion after the restart");

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.True(restarted.Elapsed < TimeSpan.FromSeconds(75), $"the run took {restarted.Elapsed.TotalSeconds:0} s to finish after the restart");
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
