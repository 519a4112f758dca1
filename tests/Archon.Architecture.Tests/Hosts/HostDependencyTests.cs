using Archon.Architecture.Tests.Support;

namespace Archon.Architecture.Tests.Hosts;

/// <summary>
/// Hosts hold no domain logic. Testably: (1) no host assembles the engine or the model pipeline itself: components,
/// the runners and the pipeline's parts are reached only through <c>ArchitectureEngine</c>, <c>ModelSetup</c> and the
/// libraries built on them; (2) the Functions app and the local host call the HTTP handlers and the workflows, and use
/// the other libraries' types only as data (records and enums) passing through.
/// </summary>
public sealed class HostDependencyTests
{
    private static readonly string[] EngineInternals =
    [
        "Archon.Core.Components.", "Archon.Core.Execution.ArchitectureRunner", "Archon.Core.Execution.ComponentStepRunner",
        "Archon.Core.Execution.LayerCombiner", "Archon.Core.Execution.LayerSteps", "Archon.Core.Execution.ModelInvoker",
        "Archon.Models.Pipeline.", "Archon.Models.Providers.", "Archon.Models.Caching.", "Archon.Models.Simulation.",
        "Archon.Workflows.Caching.",
    ];

    public static TheoryData<string> Hosts => [.. ArchonAssemblies.Hosts.Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Host_DoesNotAssembleEngineOrModelPipeline(string host)
    {
        var assembly = ArchonAssemblies.Hosts.Single(a => a.GetName().Name == host);

        var found = Dependencies.On(assembly, EngineInternals);

        Assert.True(found.Count == 0, $"{host} uses engine internals:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    [Theory]
    [InlineData("Archon.Functions")]
    [InlineData("Archon.LocalHost")]
    public void ServiceHost_UsesDomainLibrariesOnlyAsData(string host)
    {
        var assembly = ArchonAssemblies.Hosts.Single(a => a.GetName().Name == host);

        var found = Dependencies.OnBehaviourOf(
            assembly, [ArchonAssemblies.Core, ArchonAssemblies.Models, ArchonAssemblies.Benchmarks, ArchonAssemblies.Search]);

        Assert.True(found.Count == 0, $"{host} calls domain code directly:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void Dependencies_CliOnDomainBehaviour_AreFound()
    {
        // The CLI composes the libraries (it runs benchmarks and searches in process): the data-only search finds that.
        var found = Dependencies.OnBehaviourOf(ArchonAssemblies.Cli, [ArchonAssemblies.Core]);

        Assert.Contains(found, f => f.Contains("-> Archon.Core.Execution.ArchitectureEngine", StringComparison.Ordinal));
    }
}
