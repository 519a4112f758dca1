namespace Archon.Benchmarks.Sandbox;

/// <summary>The bytes a sandboxed program may write to stdout and stderr together; the first overrun calls back once.</summary>
internal sealed class OutputBudget(long maxBytes, Action onExceeded)
{
    private long _used;
    private int _exceeded;

    /// <summary>True once the program wrote more than the budget.</summary>
    public bool Exceeded => Volatile.Read(ref _exceeded) == 1;

    /// <summary>Counts <paramref name="bytes"/>; false (and the callback, the first time) when the budget is overrun.</summary>
    public bool TrySpend(int bytes)
    {
        if (Interlocked.Add(ref _used, bytes) <= maxBytes)
        {
            return true;
        }

        if (Interlocked.Exchange(ref _exceeded, 1) == 0)
        {
            onExceeded();
        }

        return false;
    }
}
