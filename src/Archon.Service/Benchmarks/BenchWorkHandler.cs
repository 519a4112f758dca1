using Archon.Service.Queues;
using Archon.Workflows.Storage;

namespace Archon.Service.Benchmarks;

/// <summary>Evaluates benchmark shards from <see cref="StorageNames.BenchWorkQueue"/>.</summary>
internal sealed class BenchWorkHandler : IQueueMessageHandler
{
    private readonly BenchmarkOrchestrator _orchestrator;

    public BenchWorkHandler(BenchmarkOrchestrator orchestrator)
    {
        _orchestrator = orchestrator;
    }

    public string QueueName => StorageNames.BenchWorkQueue;

    public string FunctionName => "BenchWork";

    public Task HandleAsync(string message, CancellationToken cancellationToken) =>
        _orchestrator.ProcessShardAsync(QueueMessages.Parse<BenchWorkMessage>(message, m => QueueMessages.IsId(m.RunId) && m.Shard >= 0), cancellationToken);

    public Task OnPoisonAsync(string message, string reason, CancellationToken cancellationToken) =>
        QueueMessages.TryParse<BenchWorkMessage>(message, m => QueueMessages.IsId(m.RunId)) is { } m
            ? _orchestrator.MarkFailedAsync(m.RunId, $"shard {m.Shard}: {reason}", cancellationToken)
            : Task.CompletedTask;
}
