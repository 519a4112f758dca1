using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Workflows.Engine;
using Archon.Service.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Tests.Support;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 (free port) over Azurite, with a <see cref="FakeRunner"/> as engine (or any
/// runner given to <see cref="StartWithRunnerAsync"/>).
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
        AzuriteFixture azurite, IDictionary<string, string?>? settings = null, FakeRunner? runner = null, bool simulated = false) =>
        StartWithRunnerAsync(azurite, runner ?? new FakeRunner(), settings, simulated);

    public static async Task<TestHost> StartWithRunnerAsync(
        AzuriteFixture azurite, IArchitectureRunner runner, IDictionary<string, string?>? settings = null, bool simulated = false)
    {
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Archon__ExamplesPath"] = Path.Combine(AzuriteFixture.RepoRoot, "examples", "architectures"),
            ["Archon__QueueVisibilityTimeoutSeconds"] = "6",
        };
        if (simulated)
        {
            values["Archon__Simulate"] = "true";
            values["Archon__SimLatencyMs"] = "0";
        }

        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        var validation = ArchitectureValidationContext.For(BuiltInComponents.CreateRegistry());
        var app = ArchonWebApp.Create(
            [], simulated ? EngineFactory.FromServices : _ => new ServiceEngine(runner, validation, "fake runner"), "http://127.0.0.1:0",
            c => c.AddInMemoryCollection(values));
        await ArchonWebApp.EnsureStorageAsync(app, CancellationToken.None);
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
