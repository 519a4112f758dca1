using Archon.Core.Models;
using Archon.Models.Caching;
using Archon.Models.Catalog;
using Archon.Models.Redaction;
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
    /// <summary>
    /// Retries transient failures honouring Retry-After, with a per-attempt timeout. Throws
    /// <see cref="ArgumentOutOfRangeException"/> when <paramref name="options"/> break <see cref="RetryOptions.Validate"/>.
    /// </summary>
    public static ChatClientBuilder UseArchonRetries(this ChatClientBuilder builder, string model, RetryOptions? options = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        options ??= new RetryOptions();
        options.Validate();
        return builder.Use(inner => new RetryingChatClient(
            inner,
            model,
            options,
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
    /// <param name="persist">Whether entries also go to the cache's persistent store.</param>
    /// <param name="timeProvider">The clock that times uncached calls.</param>
    public static ChatClientBuilder UseArchonResponseCache(
        this ChatClientBuilder builder, ResponseCache cache, string modelKey, string? model = null, bool persist = true, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(cache);
        return builder.Use(inner => new ResponseCachingChatClient(inner, cache, modelKey, model ?? modelKey, persist, timeProvider ?? TimeProvider.System));
    }

    /// <summary>Asks for structured replies the way the endpoint supports, falling back to the prompt when it refuses a response format.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="model">The catalog name, for the log.</param>
    /// <param name="mode">The configured mode (one of <see cref="StructuredOutputModes"/>).</param>
    /// <param name="endpointKey">What identifies the endpoint in <paramref name="fallbacks"/>; defaults to <paramref name="model"/>.</param>
    /// <param name="fallbacks">What endpoints refused; defaults to <see cref="EndpointFallbacks.Shared"/>.</param>
    /// <param name="loggerFactory">Logging for the one-time fallback notice.</param>
    public static ChatClientBuilder UseArchonStructuredOutputs(
        this ChatClientBuilder builder, string model, string mode = StructuredOutputModes.JsonSchema, string? endpointKey = null, EndpointFallbacks? fallbacks = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Archon.Models");
        return builder.Use(inner => new StructuredOutputChatClient(inner, model, endpointKey ?? model, mode, fallbacks ?? EndpointFallbacks.Shared, logger));
    }

    /// <summary>Rethrows the endpoint's errors with every secret the redactor knows or recognises removed.</summary>
    public static ChatClientBuilder UseArchonRedaction(this ChatClientBuilder builder, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(redactor);
        return builder.Use(inner => new RedactingChatClient(inner, redactor));
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
    /// accounting → response cache → structured outputs (with the fallback to the prompt) → retries with timeouts →
    /// rate and concurrency limits → secret redaction → the endpoint.
    /// </summary>
    public static ChatClientBuilder UseArchonPipeline(this ChatClientBuilder builder, ArchonPipelineSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        builder = builder
            .UseArchonCallLogging(settings.Model, settings.LoggerFactory, settings.TimeProvider)
            .UseOpenTelemetry(settings.LoggerFactory, ArchonModelsTelemetry.SourceName)
            .UseArchonUsage(settings.Usage, settings.Pricing, settings.Model);
        if (settings.Cache is { IsEnabled: true } cache)
        {
            builder = builder.UseArchonResponseCache(cache, settings.CacheKeyPrefix ?? settings.Model, settings.Model, settings.PersistCache, settings.TimeProvider);
        }

        builder = builder
            .UseArchonStructuredOutputs(settings.Model, settings.StructuredOutputs, settings.EndpointKey, settings.Fallbacks, settings.LoggerFactory)
            .UseArchonRetries(settings.Model, settings.Retry, settings.TimeProvider, settings.LoggerFactory);
        if (settings.Limits is { } limits)
        {
            builder = builder.UseArchonRateLimits(limits);
        }

        return settings.Redactor is { } redactor ? builder.UseArchonRedaction(redactor) : builder;
    }
}
