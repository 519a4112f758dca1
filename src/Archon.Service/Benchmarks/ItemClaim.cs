namespace Archon.Service.Benchmarks;

/// <summary>A held item claim (see <see cref="ItemClaims"/>): renewed at a fixed interval until disposed.</summary>
internal sealed class ItemClaim : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;

    public ItemClaim(Func<CancellationToken, Task> renew, TimeSpan every, TimeProvider time)
    {
        _renewal = RenewAsync(renew, every, time, _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task RenewAsync(Func<CancellationToken, Task> renew, TimeSpan every, TimeProvider time, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, time, stop).ConfigureAwait(false);
                await renew(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Azure.RequestFailedException)
            {
                // A missed renewal only risks a second evaluation of the item (its result is still written once).
            }
        }
    }
}
