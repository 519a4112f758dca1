namespace Archon.Models.Pipeline;

/// <summary>
/// Running totals of model usage, shared by every model of a <see cref="Setup.ModelSetup"/> (and safe to share
/// across concurrent queries). Cost counts every billed attempt; cache hits are counted as calls, cost nothing, and
/// their catalog price is counted as saved.
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
    private decimal _savedUsd;

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
            _savedUsd += cacheHit ? costUsd : 0m;
        }
    }

    /// <summary>Records one call that failed after all retries, with what its attempts were billed (if anything).</summary>
    public void RecordFailure(long billedInputTokens = 0, long billedOutputTokens = 0, decimal billedCostUsd = 0m)
    {
        lock (_lock)
        {
            _failures++;
            _inputTokens += billedInputTokens;
            _outputTokens += billedOutputTokens;
            _costUsd += billedCostUsd;
        }
    }

    /// <summary>A consistent copy of the totals.</summary>
    public UsageSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new UsageSnapshot(_calls, _cacheHits, _inputTokens, _outputTokens, _costUsd, _retries, _failures) { SavedUsd = _savedUsd };
        }
    }
}
