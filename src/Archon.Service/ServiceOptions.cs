using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Archon.Service;

/// <summary>The service's settings, read once from configuration (names in <see cref="ServiceSettings"/>).</summary>
internal sealed record ServiceOptions
{
    /// <summary>Sync query timeout; default 100 s.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Benchmark items per work message; default 8.</summary>
    public int BenchShardSize { get; init; } = 8;

    /// <summary>API key required on every route in standalone mode; none by default.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest request body; default 4 MiB.</summary>
    public long MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Folder of the example architectures; default <c>example-architectures/</c> next to the app.</summary>
    public string? ExamplesPath { get; init; }

    /// <summary>True under the Functions host (it delivers triggers, so no polling, and it checks function keys).</summary>
    public bool UnderFunctionsHost { get; init; }

    /// <summary>Visibility timeout of messages received by the standalone poller; default 30 s.</summary>
    public TimeSpan QueueVisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public static ServiceOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new ServiceOptions();
        return new ServiceOptions
        {
            QueryTimeout = TimeSpan.FromSeconds(Number(configuration, ServiceSettings.QueryTimeoutSeconds, defaults.QueryTimeout.TotalSeconds, 1, 3600)),
            BenchShardSize = (int)Number(configuration, ServiceSettings.BenchShardSize, defaults.BenchShardSize, 1, 1000),
            ApiKey = string.IsNullOrWhiteSpace(configuration.Get(ServiceSettings.ApiKey)) ? null : configuration.Get(ServiceSettings.ApiKey),
            MaxRequestBodyBytes = (long)Number(configuration, ServiceSettings.MaxRequestBodyBytes, defaults.MaxRequestBodyBytes, 1024, 1L << 30),
            ExamplesPath = configuration.Get(ServiceSettings.ExamplesPath),
            UnderFunctionsHost = !string.IsNullOrEmpty(configuration.Get(ServiceSettings.CustomHandlerPort)),
            QueueVisibilityTimeout = TimeSpan.FromSeconds(
                Number(configuration, ServiceSettings.QueueVisibilityTimeoutSeconds, defaults.QueueVisibilityTimeout.TotalSeconds, 1, 7 * 24 * 3600)),
        };
    }

    private static double Number(IConfiguration configuration, string key, double fallback, double min, double max)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new InvalidOperationException($"setting {key}: must be a number from {min} to {max}, got '{text}'");
        }

        return value;
    }
}
