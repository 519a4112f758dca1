using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.LocalHost;
using Archon.Workflows.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Tests.Support;

/// <summary>
/// The real app (<c>archon serve</c>'s) on Kestrel at 127.0.0.1 (free port) over Azurite, with a <see cref="FakeRunner"/>
/// as engine (or the simulated models), and its own task hub. The task hub is in memory unless
/// <c>durable</c> is set, which puts it on Azurite as <c>archon serve</c> does.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly IArchitectureRunner _runner;

    private TestHost(WebApplication app, IArchitectureRunner runner, Uri address)
    {
        App = app;
        _runner = runner;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public FakeRunner Runner => (FakeRunner)_runner;

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the app; with <paramref name="simulated"/> the real engine runs simulated models (no latency) instead of the fake runner.</summary>
    public static Task<TestHost> StartAsync(
        AzuriteFixture azurite, IDictionary<string, string?>? settings = null, FakeRunner? runner = null, bool simulated = false, bool durable = false) =>
        StartWithRunnerAsync(azurite, runner ?? new FakeRunner(), settings, simulated, durable);

    public static async Task<TestHost> StartWithRunnerAsync(
        AzuriteFixture azurite, IArchitectureRunner runner, IDictionary<string, string?>? settings = null, bool simulated = false, bool durable = false)
    {
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Archon:ExamplesPath"] = Path.Combine(AzuriteFixture.RepoRoot, "examples", "architectures"),
            ["Archon:TaskHub"] = "t" + Guid.NewGuid().ToString("N")[..12],
        };
        if (simulated)
        {
            values["Archon:Simulate"] = "true";
            values["Archon:SimLatencyMs"] = "0";
        }

        // Settings are written as app settings (Archon__X); configuration reads them as Archon:X.
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            values[k.Replace("__", ":", StringComparison.Ordinal)] = v;
        }

        var validation = ArchitectureValidationContext.For(BuiltInComponents.CreateRegistry().Types);
        var app = await ArchonWebApp.CreateAsync(
            [], simulated ? EngineFactory.FromServices : _ => new ServiceEngine(runner, validation, "fake runner"), "http://127.0.0.1:0",
            c => c.AddInMemoryCollection(values), inMemoryTaskHub: !durable);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestHost(app, runner, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
