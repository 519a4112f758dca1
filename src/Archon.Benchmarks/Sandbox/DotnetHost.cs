using System.Globalization;
using System.Text.Json.Nodes;

namespace Archon.Benchmarks.Sandbox;

/// <summary>
/// The .NET host that runs compiled C# programs in the sandbox: the <c>dotnet</c> muxer of the runtime this process
/// runs on (else <c>DOTNET_ROOT</c>, <c>/usr/share/dotnet</c>, <c>/usr/lib/dotnet</c>), and the framework version to
/// ask for. <see cref="Reason"/> says why C# programs cannot run when no host is found.
/// </summary>
internal sealed record DotnetHost(string Muxer, string Root, string FrameworkVersion)
{
    private static readonly Lazy<(DotnetHost? Host, string? Reason)> Found = new(Find);

    /// <summary>The host, or null when none was found (see <see cref="Reason"/>).</summary>
    public static DotnetHost? Current => Found.Value.Host;

    /// <summary>Why no host was found, or null.</summary>
    public static string? Reason => Found.Value.Reason;

    /// <summary>The <c>runtimeconfig.json</c> of a program compiled against this runtime, with a GC heap limit.</summary>
    public string RuntimeConfig(long heapLimitBytes) => new JsonObject
    {
        ["runtimeOptions"] = new JsonObject
        {
            ["tfm"] = string.Create(CultureInfo.InvariantCulture, $"net{Environment.Version.Major}.{Environment.Version.Minor}"),
            ["framework"] = new JsonObject { ["name"] = "Microsoft.NETCore.App", ["version"] = FrameworkVersion },
            ["configProperties"] = new JsonObject
            {
                ["System.GC.HeapHardLimit"] = heapLimitBytes,
                ["System.GC.Concurrent"] = false,
            },
        },
    }.ToJsonString();

    private static (DotnetHost?, string?) Find()
    {
        var version = string.Create(CultureInfo.InvariantCulture, $"{Environment.Version.Major}.{Environment.Version.Minor}.0");
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var candidates = new List<string>();
        if (runtimeDir is not null && Directory.GetParent(runtimeDir)?.Parent?.Parent is { } fromRuntime)
        {
            candidates.Add(fromRuntime.FullName);
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } env)
        {
            candidates.Add(env);
        }

        candidates.Add("/usr/share/dotnet");
        candidates.Add("/usr/lib/dotnet");
        foreach (var root in candidates)
        {
            var muxer = Path.Combine(root, "dotnet");
            var framework = Path.Combine(root, "shared", "Microsoft.NETCore.App");
            if (File.Exists(muxer) && Directory.Exists(framework)
                && Directory.EnumerateDirectories(framework, $"{Environment.Version.Major}.{Environment.Version.Minor}.*").Any())
            {
                return (new DotnetHost(muxer, root, version), null);
            }
        }

        return (null, $"no .NET {Environment.Version.Major}.{Environment.Version.Minor} host found (looked in {string.Join(", ", candidates)}); "
                      + "C# programs need the 'dotnet' host with the Microsoft.NETCore.App runtime (set DOTNET_ROOT)");
    }
}
