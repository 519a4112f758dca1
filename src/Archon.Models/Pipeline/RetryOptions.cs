namespace Archon.Models.Pipeline;

/// <summary>
/// Settings of <see cref="RetryingChatClient"/>. The ranges are the model catalog's (<c>maxRetries</c>,
/// <c>timeoutSeconds</c>, <c>retryBaseDelayMs</c>), so options built in code are held to what a catalog may set;
/// <see cref="Validate"/> checks them and <see cref="ArchonChatClientBuilderExtensions.UseArchonRetries"/> calls it.
/// </summary>
public sealed record RetryOptions
{
    /// <summary>Retries after the first attempt, 0 to 20. Default 4.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>
    /// Timeout of one attempt, 1 ms to 1 hour, or <see cref="Timeout.InfiniteTimeSpan"/> for none. Default 120 s.
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// First backoff when the server gives no Retry-After; doubles per retry. 1 ms to 60 s; default 1 s; a catalog entry
    /// sets it with <c>retryBaseDelayMs</c>.
    /// </summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Longest wait between attempts, also for a larger Retry-After: at least <see cref="BaseDelay"/>, at most 1 hour.
    /// Default 60 s.
    /// </summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting that is out of range and its rule.</summary>
    public void Validate()
    {
        var millisecond = TimeSpan.FromMilliseconds(1);
        var hour = TimeSpan.FromHours(1);
        Check(MaxRetries is >= 0 and <= 20, nameof(MaxRetries), MaxRetries, "must be from 0 to 20");
        Check(AttemptTimeout == Timeout.InfiniteTimeSpan || (AttemptTimeout >= millisecond && AttemptTimeout <= hour),
            nameof(AttemptTimeout), AttemptTimeout, "must be from 1 ms to 1 hour, or Timeout.InfiniteTimeSpan for none");
        Check(BaseDelay >= millisecond && BaseDelay <= TimeSpan.FromSeconds(60), nameof(BaseDelay), BaseDelay, "must be from 1 ms to 60 s");
        Check(MaxDelay >= BaseDelay && MaxDelay <= hour, nameof(MaxDelay), MaxDelay, "must be from BaseDelay to 1 hour");
    }

    private static void Check(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"retry option {name} {rule}");
        }
    }
}
