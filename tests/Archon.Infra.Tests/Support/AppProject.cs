using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archon.Infra.Tests.Support;

/// <summary>The Functions app project (src/Archon.Functions) as the deployment sees it, read from its files.</summary>
internal static partial class AppProject
{
    public static string ProjectFile => Path.Combine(RepoPaths.FunctionsApp, "Archon.Functions.csproj");

    public static string HostJsonFile => Path.Combine(RepoPaths.FunctionsApp, "host.json");

    /// <summary>True once the project builds a .NET isolated worker app (it uses the Functions Worker SDK).</summary>
    public static bool IsIsolatedWorker =>
        File.Exists(ProjectFile) && File.ReadAllText(ProjectFile).Contains("Microsoft.Azure.Functions.Worker.Sdk", StringComparison.Ordinal);

    /// <summary>The target framework the app builds for: its own, else the nearest Directory.Build.props's.</summary>
    public static string TargetFramework()
    {
        for (var dir = new DirectoryInfo(RepoPaths.FunctionsApp); dir is not null; dir = dir.Parent)
        {
            var file = dir.FullName == RepoPaths.FunctionsApp ? ProjectFile : Path.Combine(dir.FullName, "Directory.Build.props");
            if (File.Exists(file) && TargetFrameworkRegex().Match(File.ReadAllText(file)) is { Success: true } m)
            {
                return m.Groups[1].Value;
            }

            if (dir.FullName == RepoPaths.Root)
            {
                break;
            }
        }

        throw new InvalidOperationException("No <TargetFramework> for src/Archon.Functions.");
    }

    /// <summary>The Durable task hub name in host.json (<c>extensions.durableTask.hubName</c>), or null.</summary>
    public static string? TaskHubName()
    {
        if (!File.Exists(HostJsonFile))
        {
            return null;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(HostJsonFile));
        return doc.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("durableTask", out var durable)
            && durable.TryGetProperty("hubName", out var hub)
                ? hub.GetString()
                : null;
    }

    [GeneratedRegex(@"<TargetFramework>\s*([^<\s]+)\s*</TargetFramework>")]
    private static partial Regex TargetFrameworkRegex();
}
