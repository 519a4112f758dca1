using Archon.Service.Queues;
using Archon.Workflows.Storage;

namespace Archon.Service.Searches;

/// <summary>Advances searches from <see cref="StorageNames.SearchStepQueue"/>.</summary>
internal sealed class SearchStepHandler : IQueueMessageHandler
{
    private readonly SearchOrchestrator _searches;

    public SearchStepHandler(SearchOrchestrator searches)
    {
        _searches = searches;
    }

    public string QueueName => StorageNames.SearchStepQueue;

    public string FunctionName => "SearchStep";

    public Task HandleAsync(string message, CancellationToken cancellationToken) =>
        _searches.StepAsync(QueueMessages.Parse<SearchStepMessage>(message, m => QueueMessages.IsId(m.SearchId)).SearchId, cancellationToken);

    public Task OnPoisonAsync(string message, string reason, CancellationToken cancellationToken) =>
        QueueMessages.TryParse<SearchStepMessage>(message, m => QueueMessages.IsId(m.SearchId)) is { } m
            ? _searches.MarkFailedAsync(m.SearchId, reason, cancellationToken)
            : Task.CompletedTask;
}
