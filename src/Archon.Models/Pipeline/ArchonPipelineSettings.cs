using Archon.Core.Models;
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

    public RetryOptions Retry { get; init; } = new();

    /// <summary>Endpoint limits, or null for none.</summary>
    public EndpointLimits? Limits { get; init; }

    public ILoggerFactory? LoggerFactory { get; init; }

    public TimeProvider? TimeProvider { get; init; }
}
