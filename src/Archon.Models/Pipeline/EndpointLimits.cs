using System.Threading.RateLimiting;

namespace Archon.Models.Pipeline;

/// <summary>
/// The limiters of one endpoint: calls in flight, requests per minute and tokens per minute. Requests and tokens
/// are token buckets refilled every second with a burst of ten seconds' worth, so a full minute's quota is never
/// spent in one burst. Any limit left null is not enforced.
/// </summary>
public sealed class EndpointLimits : IDisposable
{
    public EndpointLimits(int? maxConcurrency, int? requestsPerMinute, int? tokensPerMinute)
    {
        if (maxConcurrency is { } c)
        {
            Concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = c,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }

        Requests = requestsPerMinute is { } rpm ? Bucket(rpm) : null;
        Tokens = tokensPerMinute is { } tpm ? Bucket(tpm) : null;
        TokenBurst = tokensPerMinute is { } t ? Math.Max(1, t / 6) : 0;
    }

    /// <summary>Largest token count one call may take from the token bucket (a bigger call takes the whole burst).</summary>
    internal int TokenBurst { get; }

    internal ConcurrencyLimiter? Concurrency { get; }

    internal TokenBucketRateLimiter? Requests { get; }

    internal TokenBucketRateLimiter? Tokens { get; }

    /// <summary>True when no limit is set (the limiter middleware is then skipped).</summary>
    public bool IsUnlimited => Concurrency is null && Requests is null && Tokens is null;

    public void Dispose()
    {
        Concurrency?.Dispose();
        Requests?.Dispose();
        Tokens?.Dispose();
    }

    private static TokenBucketRateLimiter Bucket(int perMinute)
    {
        var perSecond = Math.Max(1, perMinute / 60);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, perMinute / 6),
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
