using Archon.Service.Queues;
using Archon.Workflows.Storage;

namespace Archon.Service.Benchmarks;

/// <summary>Writes benchmark summaries from <see cref="StorageNames.BenchFanInQueue"/>.</summary>
internal sealed class BenchFanInHandler : IQueueMessageHandler
{
    private readonly BenchmarkOrchestrator _orchestrator;

    public BenchFanInHandler(BenchmarkOrchestrator orchestrator)
    {
        _orchestrator = orchestrator;
    }

    public string QueueName => StorageNames.BenchFanInQueue;

    public string FunctionName => "BenchFanIn";

    public Task HandleAsync(string message, CancellationToken cancellationToken) =>
        _orchestrator.FanInAsync(QueueMessages.Parse<BenchFanInMessage>(message, m => QueueMessages.IsId(m.RunId)), cancellationToken);

    public Task OnPoisonAsync(string message, string reason, CancellationToken cancellationToken) =>
        QueueMessages.TryParse<BenchFanInMessage>(message, m => QueueMessages.IsId(m.RunId)) is { } m
            ? _orchestrator.MarkFailedAsync(m.RunId, $"fan-in: {reason}", cancellationToken)
            : Task.CompletedTask;
}
