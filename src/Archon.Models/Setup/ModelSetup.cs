using Archon.Core.Models;
using Archon.Core.Text;
using Archon.Models.Caching;
using Archon.Models.Catalog;
using Archon.Models.Pipeline;
using Archon.Models.Providers;
using Archon.Models.Redaction;
using Archon.Models.Simulation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archon.Models.Setup;

/// <summary>
/// The one model setup: catalog → one <see cref="IChatClient"/> pipeline per entry (see
/// <see cref="ArchonChatClientBuilderExtensions.UseArchonPipeline"/>), with one shared response cache, usage counter,
/// secret redactor and endpoint-fallback memory. The CLI, the local service and the Functions app all build their
/// models here, so retries, limits, cache, accounting, redaction and telemetry are the same everywhere. It keeps no
/// process-wide state of its own (the endpoint-fallback memory is a cache of what endpoints refused); every host, or
/// every activity of an orchestration, may call it.
/// </summary>
public static class ModelSetup
{
    /// <summary>Latency of simulated stand-ins for names missing from the catalog.</summary>
    private static readonly TimeSpan StandInLatency = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Loads the catalog (<see cref="ModelSetupOptions.CatalogPath"/>, else <see cref="ModelSetupOptions.CatalogJson"/>,
    /// else the default simulated catalog) and returns a resolver over it. Throws <see cref="ModelCatalogException"/>
    /// when the catalog is invalid.
    /// </summary>
    public static ModelSetupResult Create(ModelSetupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var time = options.TimeProvider ?? TimeProvider.System;
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;

        ModelCatalog catalog;
        var usingDefault = false;
        if (!string.IsNullOrWhiteSpace(options.CatalogPath))
        {
            catalog = ModelCatalog.Load(options.CatalogPath);
        }
        else if (!string.IsNullOrWhiteSpace(options.CatalogJson))
        {
            catalog = ModelCatalog.Parse(options.CatalogJson, "settings");
        }
        else
        {
            catalog = ModelCatalog.DefaultSimulated;
            usingDefault = true;
        }

        if (options.Simulate || options.SimLatencyMs is not null)
        {
            catalog = new ModelCatalog(
                [.. catalog.Entries.Select(e => options.Simulate || e.IsSimulated ? ToSimulated(e, options.SimLatencyMs) : e)],
                catalog.Source);
        }

        var usage = options.Usage ?? new UsageCounter();
        var cache = options.Cache ?? NewCache(options);
        var redactor = options.Redactor ?? new SecretRedactor();
        var redactingLoggers = new RedactingLoggerFactory(loggerFactory, redactor);
        var logger = redactingLoggers.CreateLogger("Archon.Models");
        var context = new BuildContext(options, usage, cache, time, redactingLoggers, logger,
            new ProviderContext(Environment.GetEnvironmentVariable, redactor, options.Fallbacks ?? EndpointFallbacks.Shared, logger));
        var limits = new System.Collections.Concurrent.ConcurrentDictionary<string, EndpointLimits>(StringComparer.OrdinalIgnoreCase);
        ResolvedModel Build(ModelCatalogEntry entry)
        {
            var resolvedEntry = options.SimLatencyMs is { } ms && entry.IsSimulated ? entry with { Latency = TimeSpan.FromMilliseconds(ms) } : entry;
            var entryLimits = limits.GetOrAdd(entry.LimitGroup, _ => new EndpointLimits(entry.MaxConcurrency, entry.RequestsPerMinute, entry.TokensPerMinute));
            return BuildModel(resolvedEntry, entryLimits, context);
        }

        var resolver = new ModelResolver(catalog, options.Simulate, Build);
        return new ModelSetupResult
        {
            Resolver = resolver,
            Catalog = catalog,
            UsingSimulatedCatalog = usingDefault,
            Notice = Notice(catalog, usingDefault, options.Simulate),
            Usage = usage,
            Cache = cache,
            Redactor = redactor,
            LoggerFactory = redactingLoggers,
        };
    }

    private static ResponseCache NewCache(ModelSetupOptions options) =>
        options.CacheStore is { } store ? new ResponseCache(options.CacheCapacity, store) : new ResponseCache(options.CacheCapacity, options.CacheDirectory);

    /// <summary>The simulated model that stands in for <paramref name="name"/> (skill derived from the name).</summary>
    internal static ModelCatalogEntry SimulatedStandIn(string name, int? latencyMs) => new()
    {
        Name = name,
        Kind = ModelKinds.Sim,
        Skill = SimCatalogDefaults.SkillForUnknownName(name),
        Latency = latencyMs is { } ms ? TimeSpan.FromMilliseconds(ms) : StandInLatency,
        Pricing = new ModelPricing(1m, 3m),
    };

    private static ModelCatalogEntry ToSimulated(ModelCatalogEntry e, int? latencyMs)
    {
        if (e.IsSimulated)
        {
            return latencyMs is { } ms ? e with { Latency = TimeSpan.FromMilliseconds(ms) } : e;
        }

        // A real model under --simulate keeps its name, aliases and prices, so estimates still mean something.
        return e with
        {
            Kind = ModelKinds.Sim,
            Skill = SimCatalogDefaults.SkillForUnknownName(e.Name),
            Latency = TimeSpan.FromMilliseconds(latencyMs ?? (int)StandInLatency.TotalMilliseconds),
            Endpoint = null,
            Auth = ModelAuthModes.None,
            ApiKeyEnv = null,
        };
    }

    private static ResolvedModel BuildModel(ModelCatalogEntry entry, EndpointLimits limits, BuildContext context)
    {
        IChatClient inner;
        string cachePrefix;
        if (entry.IsSimulated)
        {
            inner = new SimulatedChatClient(entry, context.Options.SimSeed, context.Time);
            cachePrefix = FormattableString.Invariant($"sim|{entry.Name}|{entry.Skill}|{context.Options.SimSeed}");
            ModelsLog.ModelBuilt(context.Logger, ClippedText.Clip(entry.Name), entry.Kind, FormattableString.Invariant($"skill {entry.Skill:0.00}, latency {entry.Latency.TotalMilliseconds:0} ms"));
        }
        else
        {
            inner = ProviderClientFactory.Create(entry, context.Providers);
            cachePrefix = $"{entry.Kind}|{entry.Endpoint}|{entry.EffectiveDeployment}";
            ModelsLog.ModelBuilt(context.Logger, ClippedText.Clip(entry.Name), entry.Kind, $"{entry.Endpoint?.GetLeftPart(UriPartial.Authority) ?? "api.openai.com"} / {entry.EffectiveDeployment}");
        }

        var settings = new ArchonPipelineSettings
        {
            Model = entry.Name,
            Usage = context.Usage,
            Pricing = entry.Pricing,
            Cache = context.Cache,
            CacheKeyPrefix = cachePrefix,
            // Simulated replies are free and change with the code: they stay out of a persistent store.
            PersistCache = !entry.IsSimulated,
            StructuredOutputs = entry.StructuredOutputs,
            EndpointKey = entry.IsSimulated ? cachePrefix : ProviderClientFactory.EndpointKey(entry),
            Fallbacks = context.Providers.Fallbacks,
            Redactor = entry.IsSimulated ? null : context.Providers.Redactor,
            Retry = new RetryOptions
            {
                MaxRetries = entry.IsSimulated ? 0 : entry.MaxRetries,
                AttemptTimeout = entry.IsSimulated ? Timeout.InfiniteTimeSpan : entry.Timeout,
                BaseDelay = entry.RetryBaseDelay,
            },
            Limits = limits,
            LoggerFactory = context.LoggerFactory,
            TimeProvider = context.Time,
        };
        var client = new ChatClientBuilder(inner).UseArchonPipeline(settings).Build();
        return new ResolvedModel(entry.Name, client, entry.Pricing, entry.IsSimulated);
    }

    private static string Notice(ModelCatalog catalog, bool usingDefault, bool simulate)
    {
        var names = string.Join(", ", catalog.Entries.Select(e => e.Name));
        if (usingDefault)
        {
            return $"No model endpoint configured: using the simulated catalog ({names}). Outputs are simulated.";
        }

        return simulate
            ? $"Simulation mode: every model is replaced by a simulated model (catalog {catalog.Source}: {names}; other names get a default skill). Outputs are simulated."
            : $"Model catalog {catalog.Source}: {names}.";
    }
}
