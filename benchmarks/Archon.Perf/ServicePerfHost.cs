using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Archon.Workflows.Engine;
using Archon.LocalHost;
using Archon.Workflows.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Perf;

/// <summary>Azurite in memory plus the real service (simulated models, latency 0; task hub on Azurite, as <c>archon serve</c>) on a free loopback port.</summary>
internal sealed class ServicePerfHost : IAsyncDisposable
{
    private readonly AzuriteProcess _azurite;
    private readonly WebApplication _app;

    private ServicePerfHost(AzuriteProcess azurite, WebApplication app, Uri address)
    {
        _azurite = azurite;
        _app = app;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
    }

    public HttpClient Client { get; }

    /// <summary>The Azurite connection string (to send queue messages as another system would).</summary>
    public string Storage => _azurite.ConnectionString;

    /// <summary>Polls a run or search until it finishes; returns its last status.</summary>
    public async Task<JsonElement> FinishedAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await Client.GetAsync(path, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var status = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                if (status.GetProperty("status").GetString() is "completed" or "failed" or "cancelled" || clock.Elapsed > timeout)
                {
                    return status;
                }
            }
            else if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{path} did not appear within {timeout.TotalSeconds:F0} s");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    public static async Task<ServicePerfHost> StartAsync(CancellationToken cancellationToken, bool inMemoryTaskHub = false)
    {
        var root = AzuriteProcess.FindRepoRoot(AppContext.BaseDirectory) ?? AzuriteProcess.FindRepoRoot(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("run from the repository (the folder holding Archon.Functions.sln)");
        var azurite = await AzuriteProcess.StartAsync(root, null, cancellationToken);
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Archon:Simulate"] = "true",
            ["Archon:SimLatencyMs"] = "0",
            ["Archon:ExamplesPath"] = Path.Combine(root, "examples", "architectures"),
            ["Archon:TaskHub"] = "perf" + Guid.NewGuid().ToString("N")[..8],
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var app = await ArchonWebApp.CreateAsync(
            [], EngineFactory.FromServices, "http://127.0.0.1:0", c => c.AddInMemoryCollection(settings), cancellationToken: cancellationToken, inMemoryTaskHub: inMemoryTaskHub);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServicePerfHost(azurite, app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
