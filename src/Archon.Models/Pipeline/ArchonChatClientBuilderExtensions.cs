using Archon.Core.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archon.Models.Pipeline;

/// <summary>
/// <c>ChatClientBuilder.Use…</c> extensions for Archon's middleware. The first <c>Use</c> is the outermost;
/// <see cref="UseArchonPipeline"/> applies them in the recommended order.
/// </summary>
public static class ArchonChatClientBuilderExtensions
{
    /// <summary>Retries transient failures honouring Retry-After, with a per-attempt timeout.</summary>
    public static ChatClientBuilder UseArchonRetries(this ChatClientBuilder builder, string model, RetryOptions? options = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new RetryingChatClient(
            inner,
            model,
            options ?? new RetryOptions(),
            timeProvider ?? TimeProvider.System,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<RetryingChatClient>()));
    }

    /// <summary>Enforces an endpoint's concurrency, requests-per-minute and tokens-per-minute limits.</summary>
    public static ChatClientBuilder UseArchonRateLimits(this ChatClientBuilder builder, EndpointLimits limits)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(limits);
        return limits.IsUnlimited ? builder : builder.Use(inner => new RateLimitingChatClient(inner, limits));
    }

    /// <summary>Answers repeated calls from a shared response cache.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="cache">The shared cache.</param>
    /// <param name="modelKey">What identifies the model in cache keys (endpoint and deployment for real models).</param>
    /// <param name="model">The catalog name, for telemetry; defaults to <paramref name="modelKey"/>.</param>
    public static ChatClientBuilder UseArchonResponseCache(this ChatClientBuilder builder, ResponseCache cache, string modelKey, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(cache);
        return builder.Use(inner => new ResponseCachingChatClient(inner, cache, modelKey, model ?? modelKey));
    }

    /// <summary>Adds usage and cost to a shared counter.</summary>
    public static ChatClientBuilder UseArchonUsage(this ChatClientBuilder builder, UsageCounter counter, ModelPricing pricing, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new UsageAccountingChatClient(inner, counter, pricing, model ?? string.Empty));
    }

    /// <summary>Logs each call's outcome through [LoggerMessage] methods.</summary>
    public static ChatClientBuilder UseArchonCallLogging(this ChatClientBuilder builder, string model, ILoggerFactory? loggerFactory, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Archon.Models");
        return builder.Use(inner => new ModelCallLoggingChatClient(inner, model, logger, timeProvider ?? TimeProvider.System));
    }

    /// <summary>
    /// The full pipeline, outermost first: logging → OpenTelemetry (gen_ai, source "Archon.Models") → usage and $
    /// accounting → response cache → retries with timeouts → rate and concurrency limits → the endpoint.
    /// </summary>
    public static ChatClientBuilder UseArchonPipeline(this ChatClientBuilder builder, ArchonPipelineSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        builder = builder
            .UseArchonCallLogging(settings.Model, settings.LoggerFactory, settings.TimeProvider)
            .UseOpenTelemetry(settings.LoggerFactory, ArchonModelsTelemetry.SourceName)
            .UseArchonUsage(settings.Usage, settings.Pricing, settings.Model);
        if (settings.Cache is { } cache)
        {
            builder = builder.UseArchonResponseCache(cache, settings.CacheKeyPrefix ?? settings.Model, settings.Model);
        }

        builder = builder.UseArchonRetries(settings.Model, settings.Retry, settings.TimeProvider, settings.LoggerFactory);
        return settings.Limits is { } limits ? builder.UseArchonRateLimits(limits) : builder;
    }
}
