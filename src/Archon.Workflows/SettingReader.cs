using Microsoft.Extensions.Configuration;

namespace Archon.Workflows;

/// <summary>
/// Reads a setting by its <see cref="ServiceSettings"/> name. Environment variables spell sections with <c>__</c>,
/// which configuration turns into <c>:</c>; both spellings are accepted.
/// </summary>
internal static class SettingReader
{
    public static string? Get(this IConfiguration configuration, string name)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[name];
        return string.IsNullOrEmpty(value) && name.Contains("__", StringComparison.Ordinal)
            ? configuration[name.Replace("__", ":", StringComparison.Ordinal)]
            : value;
    }
}
