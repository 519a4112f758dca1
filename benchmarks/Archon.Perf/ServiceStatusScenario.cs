using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archon.Perf;

/// <summary>
/// <c>GET /api/benchmarks/{id}</c> on a 20,000-item run while it runs (task hub on Azurite): 500 requests from a loopback
/// client; p99 target ≤ 50 ms. Also times the 20,000-item POST itself (target ≤ 2 s).
/// </summary>
internal sealed class ServiceStatusScenario : IPerfScenario
{
    private const int Items = 20_000;
    private const int Requests = 500;
    private const double P99TargetMs = 50;
    private static readonly TimeSpan PostTarget = TimeSpan.FromSeconds(2);

    public string Name => "service-status-p99";

    public string Description => "GET /api/benchmarks/{id} on a running 20,000-item run (target p99 <= 50 ms; the POST <= 2 s)";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        await using var host = await ServicePerfHost.StartAsync(cancellationToken);
        var items = Enumerable.Range(0, Items).Select(i => new { id = $"i{i}", question = $"What is {i} + 1?", answer = $"{i + 1}" });
        var body = JsonSerializer.Serialize(new { architecture = "single-model", items, parallel = 8 });
        var post = Stopwatch.StartNew();
        using var response = await host.Client.PostAsync("/api/benchmarks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), cancellationToken);
        post.Stop();
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString();

        var latencies = new List<double>(Requests);
        var done = 0;
        for (var i = 0; i < Requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var status = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}", cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            done = status.GetProperty("progress").GetProperty("done").GetInt32();
        }

        await host.Client.DeleteAsync($"/api/benchmarks/{id}", cancellationToken);
        latencies.Sort();
        var p50 = latencies[latencies.Count / 2];
        var p99 = latencies[(int)(latencies.Count * 0.99)];
        var met = p99 <= P99TargetMs && post.Elapsed <= PostTarget;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  POST of {Items} items: {post.Elapsed.TotalMilliseconds:F0} ms ({post.Elapsed / PostTarget:F2} x target); {Requests} GETs while running " +
            $"({done} items done at the end): p50 {p50:F1} ms, p99 {p99:F1} ms ({p99 / P99TargetMs:F2} x target {P99TargetMs:F0} ms) {(met ? "MET" : "NOT MET")}"));
        return met;
    }
}
