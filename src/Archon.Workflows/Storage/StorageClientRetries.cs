using Azure.Core;

namespace Archon.Workflows.Storage;

/// <summary>
/// Retry and timeout settings of the app's blob and queue clients, short enough that a request needing storage that
/// cannot be reached fails within a few seconds (and is answered 503) instead of waiting through the SDK's defaults
/// (three retries from 0.8 s apart, 100 s per try), yet with retries for a storage account's passing 503s.
/// </summary>
internal static class StorageClientRetries
{
    /// <summary>Retries after the first try.</summary>
    public const int MaxRetries = 2;

    /// <summary>How long one try may wait for the network (a refused connection fails at once).</summary>
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(4);

    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    /// <summary>Applies the settings to <paramref name="options"/> and returns it.</summary>
    public static T Apply<T>(T options)
        where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = Delay;
        options.Retry.MaxDelay = MaxDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }
}
