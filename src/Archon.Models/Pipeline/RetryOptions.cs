namespace Archon.Models.Pipeline;

/// <summary>Settings of <see cref="RetryingChatClient"/>.</summary>
public sealed record RetryOptions
{
    /// <summary>Retries after the first attempt. Default 4.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>Timeout of one attempt. Default 120 s; <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// First backoff when the server gives no Retry-After; doubles per retry. Default 1 s; a catalog entry sets it with
    /// <c>retryBaseDelayMs</c>.
    /// </summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between attempts, also for a larger Retry-After. Default 60 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);
}
