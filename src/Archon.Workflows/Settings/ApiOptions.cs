namespace Archon.Workflows.Settings;

/// <summary>The HTTP API's settings (section <c>Archon</c>; environment variables <c>Archon__X</c>).</summary>
public sealed class ApiOptions
{
    /// <summary>A synchronous query's timeout in seconds, 1–3600; default 100. Async queries get the same deadline.</summary>
    public int QueryTimeoutSeconds { get; set; } = 100;

    /// <summary>The largest accepted request body in bytes, 1024–1073741824; default 4194304 (4 MiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The key every route requires (<c>Authorization: Bearer</c> or <c>api-key</c>) under <c>archon serve</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Folder of the architectures available by name out of the box; default <c>example-architectures/</c> next to the app.</summary>
    public string? ExamplesPath { get; set; }

    public TimeSpan QueryTimeout => TimeSpan.FromSeconds(QueryTimeoutSeconds);

    /// <summary>Every broken rule, each naming its setting.</summary>
    public IEnumerable<string> Problems()
    {
        if (SettingRule.Range(nameof(QueryTimeoutSeconds), QueryTimeoutSeconds, 1, 3600) is { } timeout)
        {
            yield return timeout;
        }

        if (SettingRule.Range(nameof(MaxRequestBodyBytes), MaxRequestBodyBytes, 1024, 1L << 30) is { } body)
        {
            yield return body;
        }
    }
}
