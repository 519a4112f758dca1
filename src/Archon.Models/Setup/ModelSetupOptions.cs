using Archon.Models.Caching;
using Archon.Models.Pipeline;
using Archon.Models.Redaction;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Setup;

/// <summary>How to build the models. All properties are optional; with none set the default sim catalog is used.</summary>
public sealed class ModelSetupOptions
{
    /// <summary>Path of a catalog JSON file.</summary>
    public string? CatalogPath { get; set; }

    /// <summary>Catalog JSON given inline (e.g. from a setting). Used when <see cref="CatalogPath"/> is not set.</summary>
    public string? CatalogJson { get; set; }

    /// <summary>Replace every model by a simulated model; any name resolves (unknown names get a default skill).</summary>
    public bool Simulate { get; set; }

    /// <summary>Overrides the latency of every simulated model, in milliseconds.</summary>
    public int? SimLatencyMs { get; set; }

    /// <summary>Seed of the simulated models. Default 0.</summary>
    public int SimSeed { get; set; }

    /// <summary>
    /// Directory of a persistent response cache (<see cref="FileDistributedCache"/>), shared across runs; null for none.
    /// Ignored when <see cref="CacheStore"/> is set.
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>
    /// The persistent response store behind the memory tier: any <see cref="IDistributedCache"/> (the service's blob
    /// store, Redis, …); null for <see cref="CacheDirectory"/> or none. Real models' responses only.
    /// </summary>
    public IDistributedCache? CacheStore { get; set; }

    /// <summary>
    /// Responses the in-memory cache keeps (least recently used are evicted). Default 20,000; 0 turns the memory tier
    /// off, and with no persistent store every call reaches the model.
    /// </summary>
    public int CacheCapacity { get; set; } = 20_000;

    /// <summary>
    /// An existing response cache to use (e.g. one shared by several setups of a search); when set,
    /// <see cref="CacheCapacity"/>, <see cref="CacheDirectory"/> and <see cref="CacheStore"/> are ignored.
    /// </summary>
    public ResponseCache? Cache { get; set; }

    /// <summary>What endpoints refused (structured outputs, output-limit field); <see cref="EndpointFallbacks.Shared"/> when null.</summary>
    public EndpointFallbacks? Fallbacks { get; set; }

    /// <summary>An existing secret redactor to add this setup's keys to; a new one when null.</summary>
    public SecretRedactor? Redactor { get; set; }

    /// <summary>An existing usage counter to add to; a new one when null.</summary>
    public UsageCounter? Usage { get; set; }

    public ILoggerFactory? LoggerFactory { get; set; }

    public TimeProvider? TimeProvider { get; set; }
}
