namespace Archon.Workflows.Storage;

/// <summary>
/// Every queue, blob container and blob path prefix the app uses (the Durable Task backend keeps its own tables, queues
/// and containers, named after the task hub). Infrastructure (Bicep) and the functions' bindings use exactly these.
/// </summary>
public static class StorageNames
{
    /// <summary>The single blob container; everything below is a path prefix inside it.</summary>
    public const string Container = "archon";

    /// <summary>Benchmark requests: each message starts a run (the Functions queue trigger, or <c>archon serve</c>'s listener).</summary>
    public const string BenchmarkRequestQueue = "archon-benchmark-requests";

    /// <summary>Suffix of a queue's poison queue, as the Functions host names them.</summary>
    public const string PoisonSuffix = "-poison";

    /// <summary>The queues the app reads.</summary>
    public static IReadOnlyList<string> Queues { get; } = [BenchmarkRequestQueue];

    public const string RunsPrefix = "runs/";
    public const string SearchesPrefix = "searches/";
    public const string QueriesPrefix = "queries/";
    public const string ArchitecturesPrefix = "architectures/";
    public const string CachePrefix = "cache/";
    public const string SchedulesPrefix = "schedules/";
}
