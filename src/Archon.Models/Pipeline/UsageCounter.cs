namespace Archon.Models.Pipeline;

/// <summary>
/// Running totals of model usage, shared by every model of a <see cref="Setup.ModelSetup"/> (and safe to share
/// across concurrent queries). Cache hits are counted as calls but cost nothing.
/// </summary>
public sealed class UsageCounter
{
    private readonly Lock _lock = new();
    private long _calls;
    private long _cacheHits;
    private long _inputTokens;
    private long _outputTokens;
    private long _retries;
    private long _failures;
    private decimal _costUsd;

    /// <summary>Records one finished call.</summary>
    public void Record(long inputTokens, long outputTokens, decimal costUsd, bool cacheHit, int retries)
    {
        lock (_lock)
        {
            _calls++;
            _cacheHits += cacheHit ? 1 : 0;
            _inputTokens += inputTokens;
            _outputTokens += outputTokens;
            _retries += retries;
            _costUsd += cacheHit ? 0m : costUsd;
        }
    }

    /// <summary>Records one call that failed after all retries.</summary>
    public void RecordFailure()
    {
        lock (_lock)
        {
            _failures++;
        }
    }

    /// <summary>A consistent copy of the totals.</summary>
    public UsageSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new UsageSnapshot(_calls, _cacheHits, _inputTokens, _outputTokens, _costUsd, _retries, _failures);
        }
    }
}
