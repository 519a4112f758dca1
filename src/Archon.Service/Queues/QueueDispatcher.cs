using System.Diagnostics;
using Archon.Service.Telemetry;
using Microsoft.Extensions.Logging;

namespace Archon.Service.Queues;

/// <summary>
/// Routes a delivered message to its handler and applies the poison rule shared by both hosts: a message that
/// fails on its <see cref="MaxDequeueCount"/>th delivery is poisoned and its run is marked failed with the reason.
/// </summary>
internal sealed partial class QueueDispatcher
{
    /// <summary>Deliveries before a failing message is poisoned (the Functions host default, <c>maxDequeueCount</c>).</summary>
    public const int MaxDequeueCount = 5;

    private readonly Dictionary<string, IQueueMessageHandler> _byQueue;
    private readonly Dictionary<string, IQueueMessageHandler> _byFunction;
    private readonly ILogger<QueueDispatcher> _logger;

    public QueueDispatcher(IEnumerable<IQueueMessageHandler> handlers, ILogger<QueueDispatcher> logger)
    {
        var list = handlers.ToList();
        _byQueue = list.ToDictionary(h => h.QueueName, StringComparer.Ordinal);
        _byFunction = list.ToDictionary(h => h.FunctionName, StringComparer.OrdinalIgnoreCase);
        _logger = logger;
    }

    public IReadOnlyCollection<IQueueMessageHandler> Handlers => _byQueue.Values;

    public IQueueMessageHandler? ForFunction(string functionName) => _byFunction.GetValueOrDefault(functionName);

    public IQueueMessageHandler? ForQueue(string queueName) => _byQueue.GetValueOrDefault(queueName);

    public async Task<QueueDispatchResult> DispatchAsync(
        IQueueMessageHandler handler, string message, long dequeueCount, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.Source.StartActivity($"queue {handler.QueueName}", ActivityKind.Consumer);
        activity?.SetTag("messaging.destination.name", handler.QueueName);
        activity?.SetTag("messaging.message.delivery_count", dequeueCount);
        try
        {
            await handler.HandleAsync(message, cancellationToken).ConfigureAwait(false);
            ServiceTelemetry.MessagesProcessed.Add(1, new KeyValuePair<string, object?>("queue", handler.QueueName));
            return QueueDispatchResult.Success;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            if (dequeueCount < MaxDequeueCount)
            {
                LogRetry(_logger, handler.QueueName, dequeueCount, reason);
                return new QueueDispatchResult(false, false, reason);
            }

            LogPoisoned(_logger, handler.QueueName, dequeueCount, reason);
            ServiceTelemetry.MessagesPoisoned.Add(1, new KeyValuePair<string, object?>("queue", handler.QueueName));
            try
            {
                await handler.OnPoisonAsync(message, $"message failed {dequeueCount} times; last error: {reason}", cancellationToken).ConfigureAwait(false);
            }
            catch (Exception poisonEx) when (!cancellationToken.IsCancellationRequested)
            {
                LogPoisonHandlerFailed(_logger, handler.QueueName, poisonEx.Message);
            }

            return new QueueDispatchResult(false, true, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message on {Queue} failed (delivery {DequeueCount}), will be retried: {Reason}")]
    private static partial void LogRetry(ILogger logger, string queue, long dequeueCount, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message on {Queue} failed on delivery {DequeueCount} and is poisoned: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string queue, long dequeueCount, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Marking the work of a poisoned {Queue} message failed: {Reason}")]
    private static partial void LogPoisonHandlerFailed(ILogger logger, string queue, string reason);
}
