using System.Globalization;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Models.Setup;
using Archon.Workflows.Caching;
using Archon.Workflows.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archon.Workflows.Engine;

/// <summary>
/// Builds the engine from the app settings for both hosts: the model catalog (<c>Archon__ModelCatalog</c> JSON or
/// <c>Archon__ModelCatalogPath</c>; the default simulated catalog otherwise), <c>Archon__Simulate</c> and
/// <c>Archon__SimLatencyMs</c>, the built-in components and the architecture runner.
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
            : new BlobResponseCache(services.GetRequiredService<ArchonStorage>());
        var engine = Create(configuration, loggerFactory, time, blobCache);
        if (loggerFactory is not null)
        {
            LogNotice(loggerFactory.CreateLogger("Archon.Service"), engine.Notice);
        }

        return engine;
    }

    internal static ServiceEngine Create(IConfiguration configuration, ILoggerFactory? loggerFactory, TimeProvider time, BlobResponseCache? blobCache)
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
            LoggerFactory = loggerFactory,
            TimeProvider = time,
        });
        var registry = BuiltInComponents.CreateRegistry(loggerFactory);
        IModelResolver resolver = blobCache is null ? setup.Resolver : new BlobCachingModelResolver(setup.Resolver, blobCache);
        var runner = new ArchitectureRunner(resolver, registry, time, loggerFactory?.CreateLogger<ArchitectureRunner>());
        var validation = ArchitectureValidationContext.For(registry, simulate ? null : setup.Resolver.ModelNames);
        var steps = new ComponentStepRunner(resolver, registry, time, loggerFactory?.CreateLogger<ComponentStepRunner>());
        return new ServiceEngine(runner, validation, setup.Notice) { Steps = steps };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Models: {Notice}")]
    private static partial void LogNotice(ILogger logger, string notice);
}
