using Archon.Workflows.Storage;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archon.Service.Queues;

/// <summary>
/// Standalone host only: polls every work queue like the Functions host would — a batch at a time with a visibility
/// timeout renewed while a message is processed, back-off when idle, and after
/// <see cref="QueueDispatcher.MaxDequeueCount"/> failed deliveries the message moves to <c>{queue}-poison</c>.
/// </summary>
internal sealed partial class QueuePoller : BackgroundService
{
    private readonly ArchonStorage _storage;
    private readonly QueueDispatcher _dispatcher;
    private readonly QueuePollingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<QueuePoller> _logger;

    public QueuePoller(ArchonStorage storage, QueueDispatcher dispatcher, QueuePollingOptions options, TimeProvider time, ILogger<QueuePoller> logger)
    {
        _storage = storage;
        _dispatcher = dispatcher;
        _options = options;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _storage.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
        var loops = _dispatcher.Handlers.Select(h => Task.Run(() => PollAsync(h, stoppingToken), stoppingToken)).ToList();
        await Task.WhenAll(loops).ConfigureAwait(false);
    }

    private async Task PollAsync(IQueueMessageHandler handler, CancellationToken stoppingToken)
    {
        var queue = _storage.Queue(handler.QueueName);
        var idleDelay = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                var response = await queue.ReceiveMessagesAsync(_options.BatchSize, _options.VisibilityTimeout, stoppingToken).ConfigureAwait(false);
                messages = response.Value;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong, this queue's loop keeps polling (a dead loop would stall its work for good).
                LogPollFailed(_logger, handler.QueueName, $"{ex.GetType().Name}: {ex.Message}");
                await DelayAsync(_options.MaxPollingInterval, stoppingToken).ConfigureAwait(false);
                continue;
            }

            if (messages.Length == 0)
            {
                await DelayAsync(idleDelay, stoppingToken).ConfigureAwait(false);
                idleDelay = TimeSpan.FromTicks(Math.Min(idleDelay.Ticks * 2, _options.MaxPollingInterval.Ticks));
                continue;
            }

            idleDelay = TimeSpan.FromMilliseconds(50);
            try
            {
                await Task.WhenAll(messages.Select(m => ProcessAsync(handler, queue, m, stoppingToken))).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // An unsettled message reappears after its visibility timeout and is retried; the loop goes on.
                LogSettleFailed(_logger, handler.QueueName, $"{ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    private async Task ProcessAsync(IQueueMessageHandler handler, QueueClient queue, QueueMessage message, CancellationToken stoppingToken)
    {
        RecordLatency(handler.QueueName, message);
        await using var lease = new MessageLease(queue, message, _options.VisibilityTimeout, _time);
        var result = await _dispatcher.DispatchAsync(handler, message.MessageText, message.DequeueCount, stoppingToken).ConfigureAwait(false);
        var popReceipt = await lease.StopAsync().ConfigureAwait(false);
        if (popReceipt is null)
        {
            return; // the lease was lost (renewal failed): another consumer owns the message now.
        }

        try
        {
            if (result.Succeeded)
            {
                await queue.DeleteMessageAsync(message.MessageId, popReceipt, CancellationToken.None).ConfigureAwait(false);
            }
            else if (result.Poisoned)
            {
                await _storage.Queue(handler.QueueName + StorageNames.PoisonSuffix)
                    .SendMessageAsync(message.MessageText, CancellationToken.None).ConfigureAwait(false);
                await queue.DeleteMessageAsync(message.MessageId, popReceipt, CancellationToken.None).ConfigureAwait(false);
            }
            else if (!stoppingToken.IsCancellationRequested)
            {
                await queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: _options.RetryDelay, cancellationToken: CancellationToken.None)
                    .ConfigureAwait(false);
            }
        }
        catch (RequestFailedException ex)
        {
            LogSettleFailed(_logger, handler.QueueName, ex.Message);
        }
    }

    private void RecordLatency(string queueName, QueueMessage message)
    {
        if (message.InsertedOn is { } inserted)
        {
            ServiceTelemetry.QueueLatency.Record(
                (_time.GetUtcNow() - inserted).TotalMilliseconds, new KeyValuePair<string, object?>("queue", queueName));
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling {Queue} failed: {Reason}")]
    private static partial void LogPollFailed(ILogger logger, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settling a message on {Queue} failed: {Reason}")]
    private static partial void LogSettleFailed(ILogger logger, string queue, string reason);
}
