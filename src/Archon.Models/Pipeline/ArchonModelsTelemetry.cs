using System.Diagnostics.Metrics;

namespace Archon.Models.Pipeline;

/// <summary>
/// The telemetry names of the model pipeline. Spans and the gen_ai metrics come from Microsoft.Extensions.AI's
/// OpenTelemetry client under this source name; the counters here add what gen_ai does not cover.
/// </summary>
public static class ArchonModelsTelemetry
{
    /// <summary>The ActivitySource and Meter name: <c>Archon.Models</c>.</summary>
    public const string SourceName = "Archon.Models";

    /// <summary>Tag carrying the catalog model name on the counters.</summary>
    public const string ModelTag = "archon.model";

    private static readonly Meter Meter = new(SourceName);

    internal static readonly Counter<long> CacheHits = Meter.CreateCounter<long>("archon.model.cache_hits", "{call}", "Model calls answered by the response cache.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>("archon.model.retries", "{retry}", "Transport retries after 429/5xx/timeouts.");

    internal static readonly Counter<double> Cost = Meter.CreateCounter<double>("archon.model.cost", "USD", "Dollars spent on model calls.");
}
