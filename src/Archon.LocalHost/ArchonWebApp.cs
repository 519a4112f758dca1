using Archon.Service.Http;
using Archon.Service;
using Archon.Workflows.Engine;
using Archon.Workflows.Settings;
using Archon.Workflows.Storage;
using Archon.Workflows;
using Archon.Workflows.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archon.LocalHost;

/// <summary>
/// <c>archon serve</c>: the HTTP API on the same handlers as the Functions app, the orchestrations and activities on a
/// Durable Task worker over the app's storage (<see cref="LocalTaskHub"/>), and the stand-ins for the Functions
/// triggers: the benchmark-request queue listener, the scheduled-search timer and the history purge.
/// </summary>
public static class ArchonWebApp
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    private static readonly Dictionary<string, string?> QuietLogging = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Microsoft.DurableTask"] = "Warning",
        ["Logging:LogLevel:DurableTask"] = "Warning",
        ["Logging:LogLevel:Grpc"] = "Warning",
    };

    /// <summary>
    /// Creates the app: reads and checks the settings (an invalid one throws, naming it), refuses to listen beyond loopback
    /// without an API key unless <paramref name="insecure"/>, makes sure storage is reachable
    /// (<see cref="StorageUnavailableException"/> saying how to start Azurite otherwise) and starts the task hub (on the app's
    /// storage; <paramref name="inMemoryTaskHub"/> keeps orchestration state in memory instead, for tests of the API).
    /// </summary>
    public static async Task<WebApplication> CreateAsync(
        string[] args, Func<IServiceProvider, ServiceEngine> engine, string? urls = null, Action<IConfigurationBuilder>? configure = null,
        bool insecure = false, CancellationToken cancellationToken = default, bool inMemoryTaskHub = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // Quiet defaults (no line per request); any Logging__LogLevel__… setting overrides them.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = QuietLogging });
        configure?.Invoke(builder.Configuration);
        var api = ArchonSettings.Read<ApiOptions>(builder.Configuration, o => o.Problems());
        var workflows = ArchonSettings.Read<WorkflowOptions>(builder.Configuration, o => o.Problems());
        urls ??= DefaultUrls;
        if (string.IsNullOrEmpty(api.ApiKey) && !insecure && ListenAddresses.FirstBeyondLoopback(urls) is { } open)
        {
            throw new ServiceConfigurationException(
                $"Refusing to listen on {open} without an API key: set Archon__ApiKey (clients then send 'Authorization: Bearer <key>'), " +
                "listen on 127.0.0.1, or pass --insecure to accept anyone who can reach the port.");
        }

        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = api.MaxRequestBodyBytes);

        await StorageConnection.Create(builder.Configuration).EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var loggers = LoggerFactory.Create(l => l.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        var hub = await LocalTaskHub.StartAsync(
            new LocalTaskHubOptions(inMemoryTaskHub ? null : TaskHubStorage.From(builder.Configuration))
            {
                TaskHub = workflows.TaskHub,
                MaxConcurrentActivities = workflows.MaxConcurrentActivities,
            },
            loggers,
            cancellationToken).ConfigureAwait(false);

        builder.Services.AddArchonService(builder.Configuration, engine);
        builder.Services.AddDurableTaskWorker(b =>
        {
            b.UseGrpc(hub.Channel);
            b.AddTasks(r => r.AddArchonWorkflows());
            b.Configure(o => o.Concurrency.MaximumConcurrentActivityWorkItems = workflows.MaxConcurrentActivities);
        });
        builder.Services.AddDurableTaskClient(b =>
        {
            b.UseGrpc(hub.Channel);
            b.RegisterDirectly();
        });
        builder.Services.AddHostedService<BenchmarkRequestListener>();
        builder.Services.AddHostedService<ScheduledSearchTimer>();
        builder.Services.AddHostedService<HistoryPurgeService>();

        var app = builder.Build();
        if (string.IsNullOrEmpty(api.ApiKey) && ListenAddresses.FirstBeyondLoopback(urls) is { } insecureAt)
        {
            app.Logger.LogWarning("Listening on {Address} without an API key (--insecure): anyone who can reach it can use the service", insecureAt);
        }

        app.Lifetime.ApplicationStopped.Register(() => hub.DisposeAsync().AsTask().GetAwaiter().GetResult());
        app.UseMiddleware<ApiErrorMiddleware>();

        // Error statuses written without a body (unknown route, wrong method) get one in the route's error shape.
        app.UseStatusCodePages(c => ApiErrors.ForStatus(c.HttpContext, c.HttpContext.Response.StatusCode).ExecuteAsync(c.HttpContext));
        if (api.ApiKey is { Length: > 0 } key)
        {
            app.UseMiddleware<ApiKeyMiddleware>(key);
        }

        ApiRoutes.Map(app);
        return app;
    }
}
