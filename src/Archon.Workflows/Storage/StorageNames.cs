namespace Archon.Workflows.Storage;

/// <summary>
/// Every queue, blob container and blob path prefix the app uses. Infrastructure (Bicep) and function.json
/// bindings must declare exactly these; tests hold them together.
/// </summary>
public static class StorageNames
{
    /// <summary>The single blob container; everything below is a path prefix inside it.</summary>
    public const string Container = "archon";

    /// <summary>Benchmark work: one message per item or shard.</summary>
    public const string BenchWorkQueue = "archon-bench-work";

    /// <summary>Benchmark fan-in: a message per finished item or shard; the step writes the summary when all exist.</summary>
    public const string BenchFanInQueue = "archon-bench-fanin";

    /// <summary>Search steps: advance a search's state (propose, start runs, record trial results).</summary>
    public const string SearchStepQueue = "archon-search-steps";

    /// <summary>Async single queries (<c>POST /api/query?mode=async</c>).</summary>
    public const string QueryQueue = "archon-queries";

    /// <summary>Suffix of each queue's poison queue, as the Functions host names them.</summary>
    public const string PoisonSuffix = "-poison";

    /// <summary>All work queues.</summary>
    public static IReadOnlyList<string> Queues { get; } = [BenchWorkQueue, BenchFanInQueue, SearchStepQueue, QueryQueue];

    public const string RunsPrefix = "runs/";
    public const string SearchesPrefix = "searches/";
    public const string QueriesPrefix = "queries/";
    public const string ArchitecturesPrefix = "architectures/";
    public const string CachePrefix = "cache/";
    public const string SchedulesPrefix = "schedules/";
}
