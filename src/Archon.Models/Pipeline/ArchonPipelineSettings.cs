using Archon.Core.Models;
using Archon.Models.Caching;
using Archon.Models.Catalog;
using Archon.Models.Redaction;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Pipeline;

/// <summary>Everything <see cref="ArchonChatClientBuilderExtensions.UseArchonPipeline"/> needs for one model.</summary>
public sealed record ArchonPipelineSettings
{
    /// <summary>Catalog name of the model (for logs, telemetry and the cache key).</summary>
    public required string Model { get; init; }

    public required UsageCounter Usage { get; init; }

    public ModelPricing Pricing { get; init; } = ModelPricing.Free;

    /// <summary>The shared response cache, or null for none.</summary>
    public ResponseCache? Cache { get; init; }

    /// <summary>What identifies the model in cache keys (default <see cref="Model"/>; include the endpoint and deployment for real models).</summary>
    public string? CacheKeyPrefix { get; init; }

    /// <summary>Whether this model's responses also go to the cache's persistent store (default true; simulated models: false).</summary>
    public bool PersistCache { get; init; } = true;

    /// <summary>How structured replies are asked for (one of <see cref="StructuredOutputModes"/>). Default <c>json_schema</c>.</summary>
    public string StructuredOutputs { get; init; } = StructuredOutputModes.JsonSchema;

    /// <summary>What identifies the endpoint for <see cref="Fallbacks"/> (default <see cref="Model"/>).</summary>
    public string? EndpointKey { get; init; }

    /// <summary>What endpoints refused, shared with other pipelines (default <see cref="EndpointFallbacks.Shared"/>).</summary>
    public EndpointFallbacks? Fallbacks { get; init; }

    /// <summary>Removes secrets from the endpoint's errors before any other stage sees them, or null for no redaction stage.</summary>
    public SecretRedactor? Redactor { get; init; }

    public RetryOptions Retry { get; init; } = new();

    /// <summary>Endpoint limits, or null for none.</summary>
    public EndpointLimits? Limits { get; init; }

    public ILoggerFactory? LoggerFactory { get; init; }

    public TimeProvider? TimeProvider { get; init; }
}
