using Archon.Service.Http;
using Archon.Service;
using DurableTask.AzureStorage;

namespace Archon.LocalHost;

/// <summary>
/// How <see cref="LocalTaskHub"/> runs: where its storage is (null: in memory, nothing survives the process — for tests
/// of the HTTP API) and how much work it takes on at once.
/// </summary>
internal sealed record LocalTaskHubOptions(StorageAccountClientProvider? Storage)
{
    /// <summary>The task hub's name (its tables, queues and containers are prefixed with it). Default <c>archon</c>.</summary>
    public string TaskHub { get; init; } = "archon";

    /// <summary>Activities run at once in this process; default 64 (model calls wait on the network, not the CPU).</summary>
    public int MaxConcurrentActivities { get; init; } = 64;

    /// <summary>Orchestration episodes run at once; default 16.</summary>
    public int MaxConcurrentOrchestrations { get; init; } = 16;

    /// <summary>Control-queue partitions; default 4. Changing it for an existing task hub is not supported.</summary>
    public int Partitions { get; init; } = 4;

    /// <summary>The longest wait between polls of an idle queue; default 1 s, so work starts promptly.</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a dequeued message stays invisible: a crashed process's work returns after this. Default 15 s.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a partition lease lasts without renewal (a killed process's partitions are free after it). Default 10 s.</summary>
    public TimeSpan LeaseInterval { get; init; } = TimeSpan.FromSeconds(10);
}
