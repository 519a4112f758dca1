namespace Archon.Service.Queues;

/// <summary>
/// Handles the messages of one queue. The same handler serves the Functions host (a queue-trigger invocation
/// POSTed to <c>/{FunctionName}</c>) and the standalone poller. Handlers must be idempotent: a message may arrive
/// more than once and a process may die anywhere.
/// </summary>
internal interface IQueueMessageHandler
{
    /// <summary>The queue this handler consumes (one of <see cref="StorageNames.Queues"/>).</summary>
    string QueueName { get; }

    /// <summary>The function name under the Functions host (the folder holding its <c>function.json</c>).</summary>
    string FunctionName { get; }

    /// <summary>Processes one message; throws to have it retried.</summary>
    Task HandleAsync(string message, CancellationToken cancellationToken);

    /// <summary>Called once when the message failed its last allowed attempt: mark whatever it belongs to as failed.</summary>
    Task OnPoisonAsync(string message, string reason, CancellationToken cancellationToken);
}
