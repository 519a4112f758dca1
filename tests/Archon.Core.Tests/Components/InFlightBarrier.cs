namespace Archon.Core.Tests.Components;

/// <summary>
/// Opens only once <c>count</c> callers are waiting at the same time, so calls made one after another never get
/// through: each waits at most <c>timeout</c> and then fails with <see cref="TimeoutException"/>.
/// </summary>
internal sealed class InFlightBarrier(int count, TimeSpan timeout)
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public int MaxArrived => Volatile.Read(ref _arrived);

    public async Task ArriveAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _arrived) >= count)
        {
            _open.TrySetResult();
        }

        await _open.Task.WaitAsync(timeout, cancellationToken);
    }
}
