namespace Archon.Cli.Setup;

/// <summary>
/// Where the CLI keeps real models' responses across runs: the <c>Archon__CacheDirectory</c> setting (an empty value
/// turns the disk cache off), else <c>$XDG_CACHE_HOME/archon/responses</c>, else <c>~/.cache/archon/responses</c>
/// (on Windows <c>%LOCALAPPDATA%\archon\responses</c>). The directory is created on the first write.
/// </summary>
internal static class CacheLocation
{
    public const string Setting = "Archon__CacheDirectory";

    /// <summary>The cache directory, or null when the setting turns the disk cache off.</summary>
    public static string? Directory()
    {
        var configured = Environment.GetEnvironmentVariable(Setting);
        if (configured is not null)
        {
            return string.IsNullOrWhiteSpace(configured) ? null : Path.GetFullPath(configured);
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "archon", "responses");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrWhiteSpace(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
        return Path.Combine(root, "archon", "responses");
    }
}
