using Archon.Architecture.Tests.Support;

namespace Archon.Architecture.Tests.Layers;

/// <summary>The domain core knows no host, no storage and no SDK: everything else depends on it, never the reverse.</summary>
public sealed class CoreDependencyTests
{
    private static readonly string[] HostsStorageAndSdks =
    [
        "Azure.", "Microsoft.Azure.", "Microsoft.AspNetCore.", "Microsoft.DurableTask.", "DurableTask.", "OpenAI.",
        "Microsoft.Extensions.AI.OpenAI", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Caching.",
        "System.CommandLine", "Spectre.Console",
        "Archon.Models.", "Archon.Benchmarks.", "Archon.Search.", "Archon.Workflows.", "Archon.Service.",
        "Archon.Functions.", "Archon.LocalHost.", "Archon.Cli.",
    ];

    [Fact]
    public void Core_UsesNoHostStorageOrSdk()
    {
        var found = Dependencies.On(ArchonAssemblies.Core, HostsStorageAndSdks);

        Assert.True(found.Count == 0, "Archon.Core uses:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void Dependencies_WorkflowsOnDurableTask_AreFound()
    {
        // The same search over a project that does use an SDK finds it: the rule above is not passing for want of looking.
        var found = Dependencies.On(ArchonAssemblies.Workflows, "Microsoft.DurableTask.");

        Assert.Contains(found, f => f.Contains("references assembly Microsoft.DurableTask", StringComparison.Ordinal));
        Assert.Contains(found, f => f.StartsWith("Archon.Workflows.", StringComparison.Ordinal));
    }
}
