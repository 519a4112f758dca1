using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archon.Perf;

/// <summary>
/// A 100,000-item run through the benchmark orchestration (synthetic items, single-model on simulated models; blobs on
/// Azurite): the process's managed heap after a full collection at every tenth of the items. Target: the heap at 90 %
/// ≤ 1.25 × the heap at 30 % (memory does not grow with the number of finished items). The first 20,000 items fill the
/// response cache's in-memory tier (20,000 responses, then least recently used out), so the comparison starts at 30 %.
/// Arguments: the item count (default 100,000) and the task hub, <c>azurite</c> (default: what <c>archon serve</c>
/// runs on) or <c>memory</c> (the in-memory hub of the API tests, about three times faster).
/// </summary>
internal sealed class ServiceMemoryScenario : IPerfScenario
{
    private const double Target = 1.25;

    public string Name => "service-memory-100k";

    public string Description => "100,000-item run: managed heap at 90 % vs at 30 % of the items (target <= 1.25, flat) [items] [azurite|memory]";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var items = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var inMemoryHub = args.Count > 1 && args[1] == "memory";
        Console.WriteLine($"  {items} items on the {(inMemoryHub ? "in-memory" : "Azurite")} task hub");
        await using var host = await ServicePerfHost.StartAsync(cancellationToken, inMemoryHub);
        var clock = Stopwatch.StartNew();
        var response = await host.Client.PostAsJsonAsync(
            "/api/benchmarks", new { dataset = "synthetic", limit = items, seed = 3, architecture = "single-model", parallel = 64 }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString();

        var marks = new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 };
        var heaps = new List<(double Mark, long Heap, long WorkingSet)>();
        JsonElement status;
        while (true)
        {
            status = await host.Client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}", cancellationToken);
            var done = status.GetProperty("progress").GetProperty("done").GetInt32();
            if (heaps.Count < marks.Length && done >= marks[heaps.Count] * items)
            {
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                heaps.Add((marks[heaps.Count], heap, Process.GetCurrentProcess().WorkingSet64));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {done,7} items ({clock.Elapsed.TotalSeconds:F0} s): heap {heap / 1048576.0:F1} MB, working set {heaps[^1].WorkingSet / 1048576.0:F0} MB"));
            }

            if (status.GetProperty("status").GetString() is "completed" or "failed" or "cancelled")
            {
                break;
            }

            await Task.Delay(250, cancellationToken);
        }

        var completed = status.GetProperty("status").GetString() == "completed" && status.GetProperty("summary").GetProperty("items").GetInt32() == items;
        var ratio = heaps.Count == marks.Length ? (double)heaps[8].Heap / heaps[2].Heap : double.NaN;
        var met = completed && ratio <= Target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {items} items {status.GetProperty("status").GetString()} in {clock.Elapsed.TotalSeconds:F0} s; heap at 90 % / at 30 %: {ratio:F2} (target <= {Target}) {(met ? "MET" : "NOT MET")}"));
        return met;
    }
}
