using Archon.Architecture.Tests.Support;

namespace Archon.Architecture.Tests.Layers;

/// <summary>The orchestrations and activities run under any Durable host: they know nothing of HTTP servers or the hosts.</summary>
public sealed class WorkflowsDependencyTests
{
    [Fact]
    public void Workflows_UsesNoAspNetOrHost()
    {
        var found = Dependencies.On(
            ArchonAssemblies.Workflows,
            "Microsoft.AspNetCore.", "Microsoft.Azure.Functions.", "Archon.Service.", "Archon.Functions.", "Archon.LocalHost.", "Archon.Cli.");

        Assert.True(found.Count == 0, "Archon.Workflows uses:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }
}
