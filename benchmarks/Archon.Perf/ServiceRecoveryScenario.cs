using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Archon.Workflows.Storage;

namespace Archon.Perf;

/// <summary>
/// Recovery after <c>kill -9</c>: a real <c>archon serve</c> runs a 200-item benchmark (1 s per simulated call, 8 items at
/// a time) with its task hub on Azurite, is killed at 10 %, 40 % or 80 % (one run per point; argument: the percentages,
/// comma-separated) and started again. Measured from the restart: the stall (until
/// the first item finishes again) and the time to the summary less the work that was left (items left × 1 s ÷ 8), both
/// against the queues' visibility timeout (15 s) + 15 s; and that every item is counted once.
/// </summary>
internal sealed class ServiceRecoveryScenario : IPerfScenario
{
    private const int Items = 200;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(15 + 15);

    public string Name => "service-recovery";

    public string Description => "archon serve killed with SIGKILL at 10/40/80 % of a 200-item run, restarted: time to the summary (target <= visibility timeout 15 s + 15 s) [percents]";

    public async Task<bool> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var percents = (args.Count > 0 ? args[0] : "10,40,80").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var root = AzuriteProcess.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("run from the repository");
        await using var azurite = await AzuriteProcess.StartAsync(root, null, cancellationToken);
        var allMet = true;
        foreach (var percent in percents)
        {
            allMet &= await RunOnceAsync(azurite, percent, cancellationToken);
        }

        return allMet;
    }

    private static async Task<bool> RunOnceAsync(AzuriteProcess azurite, int percent, CancellationToken cancellationToken)
    {
        var hub = "recovery" + Guid.NewGuid().ToString("N")[..8];
        var port = FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using var first = await StartAsync(azurite.ConnectionString, hub, port, client, cancellationToken);
        var started = await client.PostAsJsonAsync(
            "/api/benchmarks", new { dataset = "synthetic", limit = Items, seed = 7, architecture = "single-model", parallel = 8 }, cancellationToken);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString();
        while ((await client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}", cancellationToken)).GetProperty("progress").GetProperty("done").GetInt32() < Items * percent / 100)
        {
            await Task.Delay(100, cancellationToken);
        }

        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync(cancellationToken);
        var doneAtKill = -1;
        TimeSpan? stall = null;

        var restart = Stopwatch.StartNew();
        using var second = await StartAsync(azurite.ConnectionString, hub, port, client, cancellationToken);
        var health = restart.Elapsed;
        JsonElement status;
        do
        {
            await Task.Delay(100, cancellationToken);
            status = await client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{id}", cancellationToken);
            var done = status.GetProperty("progress").GetProperty("done").GetInt32();
            doneAtKill = doneAtKill < 0 ? done : doneAtKill;
            stall ??= done > doneAtKill ? restart.Elapsed : null;
        }
        while (status.GetProperty("status").GetString() is not ("completed" or "failed") && restart.Elapsed < TimeSpan.FromMinutes(3));

        restart.Stop();
        second.Kill(entireProcessTree: true);
        var completed = status.GetProperty("status").GetString() == "completed";
        var calls = completed ? status.GetProperty("summary").GetProperty("calls").GetInt32() : 0;
        var left = TimeSpan.FromSeconds((Items - doneAtKill) / 8.0);
        var beyondWork = restart.Elapsed - left;
        var met = completed && calls == Items && beyondWork <= Target && stall <= Target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  kill at {percent} %, restart at {doneAtKill}/{Items} items: healthy after {health.TotalSeconds:F1} s, first item again after {stall?.TotalSeconds:F1} s, " +
            $"summary after {restart.Elapsed.TotalSeconds:F1} s of which {left.TotalSeconds:F1} s was the work left, so {beyondWork.TotalSeconds:F1} s " +
            $"({beyondWork / Target:F2} x target {Target.TotalSeconds:F0} s); {calls} item calls counted for {Items} items {(met ? "MET" : "NOT MET")}"));
        return met;
    }

    private static async Task<Process> StartAsync(string storage, string hub, int port, HttpClient client, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "archon.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--simulate", "--sim-latency-ms", "1000" })
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["AzureWebJobsStorage"] = storage;
        info.Environment["Archon__TaskHub"] = hub;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(100, cancellationToken))
        {
            try
            {
                if ((await client.GetAsync("/api/health", cancellationToken)).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
        }

        throw new InvalidOperationException("archon serve did not become healthy");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
