using System.Reflection;
using Archon.Architecture.Tests.Support;

namespace Archon.Architecture.Tests.Layers;

/// <summary>Inside each project, folders (namespaces) depend on one another one way only.</summary>
public sealed class NamespaceCycleTests
{
    public static TheoryData<string> Projects => [.. ArchonAssemblies.All.Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Namespaces_OfOneProject_FormNoCycle(string project)
    {
        var assembly = ArchonAssemblies.All.Single(a => a.GetName().Name == project);

        var cycles = new NamespaceGraph(ArchonAssemblies.TypesOf(assembly)).Cycles();

        Assert.True(cycles.Count == 0, $"{project} has namespace cycles:{Environment.NewLine}{string.Join(Environment.NewLine, cycles)}");
    }
}
