using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Archon.Service.Queues;

/// <summary>Keeps a received message invisible while it is processed by renewing its visibility timeout.</summary>
internal sealed class MessageLease : IAsyncDisposable
{
    private readonly QueueClient _queue;
    private readonly string _messageId;
    private readonly TimeSpan _visibility;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;
    private string? _popReceipt;

    public MessageLease(QueueClient queue, QueueMessage message, TimeSpan visibility, TimeProvider time)
    {
        _queue = queue;
        _messageId = message.MessageId;
        _popReceipt = message.PopReceipt;
        _visibility = visibility;
        _time = time;
        _renewal = RenewAsync();
    }

    /// <summary>Stops renewing; returns the current pop receipt, or null when the lease was lost.</summary>
    public async Task<string?> StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(false);
        return _popReceipt;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task RenewAsync()
    {
        var every = TimeSpan.FromTicks(_visibility.Ticks / 3);
        while (true)
        {
            try
            {
                await Task.Delay(every, _time, _stop.Token).ConfigureAwait(false);
                var receipt = await _queue.UpdateMessageAsync(_messageId, _popReceipt, visibilityTimeout: _visibility, cancellationToken: _stop.Token)
                    .ConfigureAwait(false);
                _popReceipt = receipt.Value.PopReceipt;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (RequestFailedException)
            {
                _popReceipt = null;
                return;
            }
        }
    }
}
