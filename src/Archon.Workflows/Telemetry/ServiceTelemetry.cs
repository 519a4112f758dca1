using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Archon.Workflows.Telemetry;

/// <summary>The service's activity source and metrics (name <c>Archon.Service</c>).</summary>
internal static class ServiceTelemetry
{
    public const string Name = "Archon.Service";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> MessagesProcessed { get; } = Meter.CreateCounter<long>("archon.queue.messages", description: "Queue messages processed");

    public static Counter<long> MessagesPoisoned { get; } = Meter.CreateCounter<long>("archon.queue.poisoned", description: "Queue messages poisoned");

    public static Histogram<double> QueueLatency { get; } = Meter.CreateHistogram<double>("archon.queue.latency", "ms", "Time from enqueue to processing");

    public static Counter<long> ModelCalls { get; } = Meter.CreateCounter<long>("archon.model.calls", description: "Model calls made by queries");

    public static Counter<long> Tokens { get; } = Meter.CreateCounter<long>("archon.model.tokens", description: "Input and output tokens");

    public static Counter<double> CostUsd { get; } = Meter.CreateCounter<double>("archon.model.cost", "USD", "Model cost");

    public static Counter<long> CacheHits { get; } = Meter.CreateCounter<long>("archon.model.cache_hits", description: "Model calls answered from a cache");

    public static Counter<long> BenchmarkItems { get; } = Meter.CreateCounter<long>("archon.benchmark.items", description: "Benchmark items evaluated");
}
