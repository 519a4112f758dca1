namespace Archon.Service.Queues;

/// <summary>How the standalone host polls the queues (the Functions host has its own settings in host.json).</summary>
internal sealed record QueuePollingOptions
{
    /// <summary>How long a received message stays invisible; renewed while it is processed. Default 30 s.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages received per poll and processed concurrently per queue. Default 16 (the host's batchSize).</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Longest wait between polls of an idle queue (back-off doubles from 50 ms). Default 2 s.</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Delay before a failed message becomes visible again. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
