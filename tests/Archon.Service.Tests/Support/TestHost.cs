using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Service.Engine;
using Archon.Service.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Tests.Support;

/// <summary>The real app on Kestrel at 127.0.0.1 (free port) over Azurite, with a <see cref="FakeRunner"/> as engine.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApplication app, FakeRunner runner, Uri address)
    {
        App = app;
        Runner = runner;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public FakeRunner Runner { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the app; with <paramref name="simulated"/> the real engine runs simulated models (no latency) instead of the fake runner.</summary>
    public static async Task<TestHost> StartAsync(
        AzuriteFixture azurite, IDictionary<string, string?>? settings = null, FakeRunner? runner = null, bool simulated = false)
    {
        runner ??= new FakeRunner();
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
