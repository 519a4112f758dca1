using Archon.Workflows.Engine;
using Archon.Service.Functions;
using Archon.Service.Http;
using Archon.Service.Queues;
using Archon.Workflows.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Hosting;

/// <summary>
/// Builds the app for both hosts. Under the Functions host (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set) it listens on
/// 127.0.0.1 at that port and leaves triggers to the host; standalone it listens on the given urls
/// (default <c>http://127.0.0.1:7071</c>) and polls the queues and fires the timer itself.
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
    };

    /// <summary>Creates the app. <paramref name="engine"/> builds the engine from the app's services.</summary>
    public static WebApplication Create(
        string[] args, Func<IServiceProvider, ServiceEngine> engine, string? urls = null, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // Quiet defaults (no line per request); any Logging__LogLevel__… setting overrides them.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = QuietLogging });
        configure?.Invoke(builder.Configuration);
        var options = ServiceOptions.From(builder.Configuration);
        var port = builder.Configuration.Get(ServiceSettings.CustomHandlerPort);
        builder.WebHost.UseUrls(string.IsNullOrEmpty(port) ? urls ?? DefaultUrls : $"http://127.0.0.1:{port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.AddArchonService(builder.Configuration, engine, standalone: true);

        var app = builder.Build();
        app.UseMiddleware<BadRequestMiddleware>();
        if (options.ApiKey is not null && !options.UnderFunctionsHost)
        {
            app.UseMiddleware<ApiKeyMiddleware>(options.ApiKey);
        }

        MapEndpoints(app);
        return app;
    }

    /// <summary>Creates the container and queues, failing with a message that says how to start Azurite.</summary>
    public static Task EnsureStorageAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<ArchonStorage>().EnsureCreatedAsync(cancellationToken);
    }

    internal static void MapEndpoints(WebApplication app)
    {
        HealthEndpoints.Map(app);
        QueryEndpoints.Map(app);
        ChatCompletionEndpoints.Map(app);
        ArchitectureEndpoints.Map(app);
        BenchmarkEndpoints.Map(app);
        SearchEndpoints.Map(app);
        FunctionEndpoints.Map(app, app.Services.GetRequiredService<QueueDispatcher>());
    }
}
