using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archon.Perf;

/// <summary>
/// Service overhead for a one-call architecture at sim latency 0: 1,000 sequential <c>POST /api/query</c> from a
/// loopback client; the latency measured at the client is the overhead (HTTP, JSON, validation, engine, response).
/// Targets: p50 ≤ 5 ms, p99 ≤ 25 ms.
/// </summary>
internal sealed class ServiceOverheadScenario : IPerfScenario
{
    private const int Requests = 1000;
    private const int WarmUp = 100;
    private const double P50Target = 5;
    private const double P99Target = 25;

    public string Name => "service-overhead";

    public string Description => "1,000 one-call queries over loopback at sim latency 0 (targets p50 <= 5 ms, p99 <= 25 ms)";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        await using var host = await ServicePerfHost.StartAsync(cancellationToken);
        var latencies = new List<double>(Requests);
        var engine = new List<double>(Requests);
        for (var i = 0; i < WarmUp + Requests; i++)
        {
            var body = new { architecture = "single-model", question = $"What is {i} + {i}?" };
            var started = Stopwatch.GetTimestamp();
            using var response = await host.Client.PostAsJsonAsync("/api/query", body, cancellationToken);
            var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            response.EnsureSuccessStatusCode();
            if (i >= WarmUp)
            {
                latencies.Add(elapsed);
                engine.Add(json.GetProperty("trace").GetProperty("elapsedMs").GetDouble());
            }
        }

        latencies.Sort();
        engine.Sort();
        var p50 = Percentile(latencies, 0.50);
        var p99 = Percentile(latencies, 0.99);
        var met = p50 <= P50Target && p99 <= P99Target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Requests} requests: p50 {p50:F2} ms ({p50 / P50Target:F2} x target {P50Target} ms), p99 {p99:F2} ms ({p99 / P99Target:F2} x target {P99Target} ms), " +
            $"max {latencies[^1]:F2} ms; engine time inside: p50 {Percentile(engine, 0.5):F2} ms, p99 {Percentile(engine, 0.99):F2} ms {(met ? "MET" : "NOT MET")}"));
        return met;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
