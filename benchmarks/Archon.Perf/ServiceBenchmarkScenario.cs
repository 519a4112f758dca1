using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archon.Perf;

/// <summary>A 500-item synthetic benchmark through the Storage queues on Azurite (sim latency 0): target ≤ 60 s.</summary>
internal sealed class ServiceBenchmarkScenario : IPerfScenario
{
    private const int Items = 500;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(60);

    public string Name => "service-bench-500";

    public string Description => "500-item synthetic benchmark through the queues on Azurite, sim latency 0 (target <= 60 s)";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        await using var host = await ServicePerfHost.StartAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        var response = await host.Client.PostAsJsonAsync(
            "/api/benchmarks", new { dataset = "synthetic", limit = Items, seed = 1, architecture = "single-model" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString();
        JsonElement status;
        while (true)
        {
            status = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}", cancellationToken);
            if (status.GetProperty("status").GetString() is "completed" or "failed" || clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                break;
            }

            await Task.Delay(100, cancellationToken);
        }

        clock.Stop();
        var completed = status.GetProperty("status").GetString() == "completed";
        var items = completed ? status.GetProperty("summary").GetProperty("items").GetInt32() : 0;
        var score = completed ? status.GetProperty("summary").GetProperty("score").GetDouble() : 0;
        var met = completed && items == Items && clock.Elapsed <= Target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Items} items: status {status.GetProperty("status").GetString()}, {items} results, score {score:F3}, " +
            $"{clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed / Target:F2} x target {Target.TotalSeconds:F0} s, {Items / clock.Elapsed.TotalSeconds:F0} items/s) " +
            $"{(met ? "MET" : "NOT MET")}"));
        return met;
    }
}
