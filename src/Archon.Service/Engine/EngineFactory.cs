using System.Globalization;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Models.Setup;
using Archon.Service.Caching;
using Archon.Service.Storage;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archon.Service.Engine;

/// <summary>
/// Builds the engine from the app settings for both hosts: the model catalog (<c>Archon__ModelCatalog</c> JSON or
/// <c>Archon__ModelCatalogPath</c>; the default simulated catalog otherwise), <c>Archon__Simulate</c> and
/// <c>Archon__SimLatencyMs</c>, the built-in components and the architecture runner. Models come from the one model
/// setup (<see cref="ModelSetup.Create"/>), with the blob store (<see cref="BlobDistributedCache"/>) as the response
/// cache's persistent tier unless <c>Archon__BlobCache</c> is <c>false</c>.
/// </summary>
public static partial class EngineFactory
{
    /// <summary>The engine for an app's services (reads <see cref="IConfiguration"/>, logs the model notice).</summary>
    public static ServiceEngine FromServices(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var configuration = services.GetRequiredService<IConfiguration>();
        var loggerFactory = services.GetService<ILoggerFactory>();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var blobCache = string.Equals(configuration.Get(ServiceSettings.BlobCache), "false", StringComparison.OrdinalIgnoreCase)
            ? null
            : new BlobDistributedCache(services.GetRequiredService<ArchonStorage>());
        var engine = Create(configuration, loggerFactory, time, blobCache);
        if (loggerFactory is not null)
        {
            LogNotice(loggerFactory.CreateLogger("Archon.Service"), engine.Notice);
        }

        return engine;
    }

    internal static ServiceEngine Create(IConfiguration configuration, ILoggerFactory? loggerFactory, TimeProvider time, IDistributedCache? blobCache)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var simulate = string.Equals(configuration.Get(ServiceSettings.Simulate), "true", StringComparison.OrdinalIgnoreCase);
        int? latency = int.TryParse(configuration.Get(ServiceSettings.SimLatencyMs), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? ms : null;
        var catalogPath = configuration.Get(ServiceSettings.ModelCatalogPath);
        if (!string.IsNullOrWhiteSpace(catalogPath) && !Path.IsPathRooted(catalogPath))
        {
            catalogPath = Path.Combine(AppContext.BaseDirectory, catalogPath);
        }

        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogPath = string.IsNullOrWhiteSpace(catalogPath) ? null : catalogPath,
            CatalogJson = configuration.Get(ServiceSettings.ModelCatalog),
            Simulate = simulate,
            SimLatencyMs = latency,
            CacheStore = blobCache,
            LoggerFactory = loggerFactory,
            TimeProvider = time,
        });
        var registry = BuiltInComponents.CreateRegistry(setup.LoggerFactory);
        var runner = new ArchitectureRunner(setup.Resolver, registry, time, setup.LoggerFactory.CreateLogger<ArchitectureRunner>());
        var validation = ArchitectureValidationContext.For(registry, setup.Resolver);
        return new ServiceEngine(runner, validation, setup.Notice);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Models: {Notice}")]
    private static partial void LogNotice(ILogger logger, string notice);
}
