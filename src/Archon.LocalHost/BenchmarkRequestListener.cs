using Archon.Service.Http;
using Archon.Service;
using Archon.Workflows.Benchmarks;
using Archon.Workflows.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archon.LocalHost;

/// <summary>
/// <c>archon serve</c>'s stand-in for the Functions app's queue trigger: reads the benchmark-request queue and starts a
/// run per message (<see cref="BenchmarkRequestMessages"/>). A message is deleted once handled; one that keeps failing
/// (storage or orchestration errors) moves to the poison queue after 5 deliveries, as the Functions host does.
/// </summary>
internal sealed partial class BenchmarkRequestListener(
    ArchonStorage storage, BenchmarkRequestMessages messages, DurableTaskClient client, TimeProvider time, ILogger<BenchmarkRequestListener> logger)
    : BackgroundService
{
    private const int MaxDeliveries = 5;
    private static readonly TimeSpan Visibility = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = storage.Queue(StorageNames.BenchmarkRequestQueue);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var received = (await queue.ReceiveMessagesAsync(16, Visibility, stoppingToken).ConfigureAwait(false)).Value;
                foreach (var message in received)
                {
                    try
                    {
                        await messages.StartAsync(message.Body.ToString(), client, stoppingToken).ConfigureAwait(false);
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException && message.DequeueCount >= MaxDeliveries)
                    {
                        LogPoisoned(logger, message.MessageId, ex.Message);
                        await storage.Queue(StorageNames.BenchmarkRequestQueue + StorageNames.PoisonSuffix)
                            .SendMessageAsync(message.Body, cancellationToken: stoppingToken).ConfigureAwait(false);
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        LogRetried(logger, message.MessageId, message.DequeueCount, ex.Message);
                    }
                }

                if (received.Length == 0)
                {
                    await Task.Delay(Idle, time, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (StorageFailures.Describe(ex) is { } reason)
            {
                // Storage is down (the SDK's retries end in an AggregateException): wait and read again, keep the host up.
                LogStorageError(logger, reason);
                await Task.Delay(Idle * 5, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Benchmark request message {MessageId} failed 5 times and moved to the poison queue: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Benchmark request message {MessageId} failed (delivery {Delivery}); it will be delivered again: {Reason}")]
    private static partial void LogRetried(ILogger logger, string messageId, long delivery, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the benchmark-request queue failed: {Reason}")]
    private static partial void LogStorageError(ILogger logger, string reason);
}
