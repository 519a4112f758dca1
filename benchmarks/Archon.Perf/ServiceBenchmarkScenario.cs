using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Archon.Workflows.Storage;
using Azure.Storage.Queues;

namespace Archon.Perf;

/// <summary>
/// A 500-item synthetic benchmark sent as a message on the benchmark-request queue, to its summary, with the task hub
/// on Azurite (sim latency 0): target ≤ 30 s, goal 15 s.
/// </summary>
internal sealed class ServiceBenchmarkScenario : IPerfScenario
{
    private const int Items = 500;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(15);

    public string Name => "service-bench-500";

    public string Description => "500-item synthetic benchmark queued on the benchmark-request queue, to its summary, on Azurite, sim latency 0 (target <= 30 s, goal 15 s)";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        await using var host = await ServicePerfHost.StartAsync(cancellationToken);
        var id = Guid.NewGuid().ToString("N");
        var queue = new QueueClient(host.Storage, StorageNames.BenchmarkRequestQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var clock = Stopwatch.StartNew();
        await queue.SendMessageAsync(
            JsonSerializer.Serialize(new { id, dataset = "synthetic", limit = Items, seed = 1, architecture = "single-model" }), cancellationToken);
        var status = await host.FinishedAsync($"/api/benchmarks/{id}", TimeSpan.FromMinutes(5), cancellationToken);
        clock.Stop();

        var completed = status.GetProperty("status").GetString() == "completed";
        var items = completed ? status.GetProperty("summary").GetProperty("items").GetInt32() : 0;
        var score = completed ? status.GetProperty("summary").GetProperty("score").GetDouble() : 0;
        var met = completed && items == Items && clock.Elapsed <= Target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Items} items: status {status.GetProperty("status").GetString()}, {items} results, score {score:F3}, " +
            $"{clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed / Target:F2} x target {Target.TotalSeconds:F0} s; goal {Goal.TotalSeconds:F0} s " +
            $"{(clock.Elapsed <= Goal ? "reached" : "not reached")}; {Items / clock.Elapsed.TotalSeconds:F0} items/s) {(met ? "MET" : "NOT MET")}"));
        return met;
    }
}
