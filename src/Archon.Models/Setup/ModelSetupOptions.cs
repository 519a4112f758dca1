using Archon.Models.Pipeline;
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

    /// <summary>Directory for the on-disk response cache, or null for memory only.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Responses the in-memory cache keeps (least recently used are evicted). Default 20,000; 0 disables caching.</summary>
    public int CacheCapacity { get; set; } = 20_000;

    /// <summary>
    /// An existing response cache to use (e.g. one shared by several setups of a search); when set,
    /// <see cref="CacheCapacity"/> and <see cref="CacheDirectory"/> are ignored.
    /// </summary>
    public ResponseCache? Cache { get; set; }

    /// <summary>An existing usage counter to add to; a new one when null.</summary>
    public UsageCounter? Usage { get; set; }

    public ILoggerFactory? LoggerFactory { get; set; }

    public TimeProvider? TimeProvider { get; set; }
}
