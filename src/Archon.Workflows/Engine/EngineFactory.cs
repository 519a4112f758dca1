using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Models.Setup;
using Archon.Workflows.Caching;
using Archon.Workflows.Storage;
using Archon.Workflows.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archon.Workflows.Engine;

/// <summary>
/// Builds the engine from <see cref="EngineOptions"/> for both hosts: the model catalog (<c>Archon__ModelCatalog</c> JSON
/// or <c>Archon__ModelCatalogPath</c>; the default simulated catalog otherwise), <c>Archon__Simulate</c> and
/// <c>Archon__SimLatencyMs</c>, the built-in components, the architecture runner and the step runner. Models come from
/// the one model setup (<see cref="ModelSetup.Create"/>), with the blob store (<see cref="BlobDistributedCache"/>) as
/// the response cache's persistent tier unless <c>Archon__BlobCache</c> is <c>false</c>.
/// </summary>
public static partial class EngineFactory
{
    /// <summary>The engine for an app's services (reads <see cref="EngineOptions"/>, logs the model notice).</summary>
    public static ServiceEngine FromServices(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<IOptions<EngineOptions>>().Value;
        var loggerFactory = services.GetService<ILoggerFactory>();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var blobCache = options.BlobCache ? new BlobDistributedCache(services.GetRequiredService<ArchonStorage>()) : null;
        var engine = Create(options, loggerFactory, time, blobCache);
        if (loggerFactory is not null)
        {
            LogNotice(loggerFactory.CreateLogger("Archon.Service"), engine.Notice);
        }

        return engine;
    }

    internal static ServiceEngine Create(EngineOptions options, ILoggerFactory? loggerFactory, TimeProvider time, IDistributedCache? blobCache)
    {
        ArgumentNullException.ThrowIfNull(options);
        var simulate = options.Simulate;
        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogPath = CatalogPath(options),
            CatalogJson = options.ModelCatalog,
            Simulate = simulate,
            SimLatencyMs = options.SimLatencyMs,
            CacheStore = blobCache,
            LoggerFactory = loggerFactory,
            TimeProvider = time,
        });
        var engine = ArchitectureEngine.Create(setup.Resolver, setup.LoggerFactory, time);
        return new ServiceEngine(engine.Runner, engine.Validation, setup.Notice) { Steps = engine.Steps };
    }

    /// <summary>The catalog file, relative paths taken from the app folder; null when none is set.</summary>
    internal static string? CatalogPath(EngineOptions options) =>
        string.IsNullOrWhiteSpace(options.ModelCatalogPath) ? null
        : Path.IsPathRooted(options.ModelCatalogPath) ? options.ModelCatalogPath
        : Path.Combine(AppContext.BaseDirectory, options.ModelCatalogPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Models: {Notice}")]
    private static partial void LogNotice(ILogger logger, string notice);
}
