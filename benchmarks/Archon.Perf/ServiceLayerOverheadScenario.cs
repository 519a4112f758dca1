using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archon.Perf;

/// <summary>
/// What running an architecture as an orchestration costs: a 4-layer architecture (critic-ranker-fuser, 11 calls) at sim
/// latency 0, asked as async queries (one activity per model call, task hub on Azurite) and as sync queries (in
/// process), each timed at the client from the request to the answer. The median difference divided by the layers is
/// the orchestration's overhead per layer: target ≤ 100 ms.
/// </summary>
internal sealed class ServiceLayerOverheadScenario : IPerfScenario
{
    private const int Queries = 10;
    private const int Layers = 4;
    private const double TargetMs = 100;

    public string Name => "service-layer-overhead";

    public string Description => "async 4-layer query (one activity per model call) vs the in-process engine, per layer (target <= 100 ms)";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        await using var host = await ServicePerfHost.StartAsync(cancellationToken);
        var sync = new List<double>();
        var orchestrated = new List<double>();
        for (var i = -1; i < Queries; i++)
        {
            var body = new { architecture = "critic-ranker-fuser", question = $"What is {i + 100} + {i + 7}?" };
            var started = Stopwatch.GetTimestamp();
            (await host.Client.PostAsJsonAsync("/api/query", body, cancellationToken)).EnsureSuccessStatusCode();
            var inProcess = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            started = Stopwatch.GetTimestamp();
            var accepted = await host.Client.PostAsJsonAsync("/api/query?mode=async", body with { question = body.question + " " }, cancellationToken);
            accepted.EnsureSuccessStatusCode();
            var location = accepted.Headers.Location!.ToString();
            while ((await host.Client.GetFromJsonAsync<JsonElement>(location, cancellationToken)).GetProperty("status").GetString() == "queued")
            {
                await Task.Delay(5, cancellationToken);
            }

            var async = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i >= 0)
            {
                sync.Add(inProcess);
                orchestrated.Add(async);
            }
        }

        var perLayer = (Median(orchestrated) - Median(sync)) / Layers;
        var met = perLayer <= TargetMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Queries} queries: async median {Median(orchestrated):F0} ms, sync median {Median(sync):F1} ms, " +
            $"overhead per layer {perLayer:F0} ms ({perLayer / TargetMs:F2} x target {TargetMs:F0} ms) {(met ? "MET" : "NOT MET")}"));
        return met;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
