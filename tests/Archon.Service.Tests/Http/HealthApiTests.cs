using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Service.Tests.Support;
using Archon.Workflows.Storage;
using Xunit.Abstractions;

namespace Archon.Service.Tests.Http;

/// <summary>
/// The app over an Azurite of its own (its blobs, queues and the task hub's history, as under <c>archon serve</c>), which
/// the test kills: health turns 503 within 10 s without hanging, requests that need storage are answered 503 with a
/// message within 5 s, and the host keeps running.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HealthApiTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Get_StorageKilled_Answers503Within10SecondsAndStorageRoutes503Within5Seconds()
    {
        var storage = await AzuriteProcess.StartAsync(AzuriteFixture.RepoRoot, null, CancellationToken.None);
        await using var host = await TestHost.StartAsync(
            azurite, new Dictionary<string, string?> { ["AzureWebJobsStorage"] = storage.ConnectionString }, simulated: true, durable: true);
        (await host.Client.PutAsJsonAsync("/api/architectures/outage", TestArchitectures.OneCall("outage"))).EnsureSuccessStatusCode();
        var healthy = await host.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);

        await storage.DisposeAsync();
        var killed = Stopwatch.StartNew();
        var slowestHealth = TimeSpan.Zero;
        HttpResponseMessage health;
        do
        {
            var call = Stopwatch.StartNew();
            health = await host.Client.GetAsync("/api/health");
            slowestHealth = call.Elapsed > slowestHealth ? call.Elapsed : slowestHealth;
            if (health.StatusCode == HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }
        while (health.StatusCode == HttpStatusCode.OK && killed.Elapsed < TimeSpan.FromSeconds(20));

        var healthAfter = killed.Elapsed;
        output.WriteLine($"health answered 503 {healthAfter.TotalSeconds:0.00} s after storage died; slowest health call {slowestHealth.TotalSeconds:0.00} s");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.True(healthAfter < TimeSpan.FromSeconds(10), $"health took {healthAfter.TotalSeconds:0.0} s to notice");
        Assert.Contains("Storage is unavailable", await health.Content.ReadAsStringAsync());

        var requests = new (string Name, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("GET /api/architectures", () => host.Client.GetAsync("/api/architectures")),
            ("PUT /api/architectures/other", () => host.Client.PutAsJsonAsync("/api/architectures/other", TestArchitectures.OneCall("other"))),
            ("POST /api/benchmarks", () => host.Client.PostAsJsonAsync("/api/benchmarks", new { architecture = "outage", items = SyntheticItems.Create(3, 7) })),
            ("GET /api/query/{id}", () => host.Client.GetAsync("/api/query/0123456789abcdef0123456789abcdef")),
            ("GET /api/benchmarks/{id}", () => host.Client.GetAsync("/api/benchmarks/0123456789abcdef0123456789abcdef")),
        };
        foreach (var (name, send) in requests)
        {
            var call = Stopwatch.StartNew();
            using var response = await send();
            var elapsed = call.Elapsed;
            var text = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{name}: {(int)response.StatusCode} in {elapsed.TotalSeconds:0.00} s");
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{name}: {(int)response.StatusCode} {text}");
            Assert.True(elapsed < TimeSpan.FromSeconds(5), $"{name} took {elapsed.TotalSeconds:0.0} s");
            Assert.Contains("storage", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
            Assert.True(response.Headers.RetryAfter is not null, $"{name}: no Retry-After");
        }

        // The outage stopped nothing: the host still runs and answers.
        Assert.False(host.App.Lifetime.ApplicationStopping.IsCancellationRequested, "the host stopped during the storage outage");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("/api/health")).StatusCode);
    }
}
