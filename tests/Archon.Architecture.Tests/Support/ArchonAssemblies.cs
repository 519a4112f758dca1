using Assembly = System.Reflection.Assembly;
using IType = ArchUnitNET.Domain.IType;
using ArchUnitNET.Loader;

namespace Archon.Architecture.Tests.Support;

/// <summary>The product's assemblies, by project, and the ArchUnitNET model of them (loaded once per test run).</summary>
internal static class ArchonAssemblies
{
    public static Assembly Core { get; } = typeof(Archon.Core.Execution.ArchitectureRunner).Assembly;

    public static Assembly Models { get; } = typeof(Archon.Models.Setup.ModelSetup).Assembly;

    public static Assembly Benchmarks { get; } = typeof(Archon.Benchmarks.Running.BenchmarkRunner).Assembly;

    public static Assembly Search { get; } = typeof(Archon.Search.Driver.SearchDriver).Assembly;

    public static Assembly Workflows { get; } = typeof(Archon.Workflows.Engine.EngineFactory).Assembly;

    public static Assembly Service { get; } = typeof(Archon.Service.ServiceRegistration).Assembly;

    public static Assembly LocalHost { get; } = Assembly.Load("Archon.LocalHost");

    public static Assembly Functions { get; } = Assembly.Load("Archon.Functions");

    public static Assembly Cli { get; } = Assembly.Load("archon");

    /// <summary>The libraries: everything the hosts call into.</summary>
    public static IReadOnlyList<Assembly> Libraries { get; } = [Core, Models, Benchmarks, Search, Workflows, Service];

    /// <summary>The processes users start: the CLI, the Functions app and the local host.</summary>
    public static IReadOnlyList<Assembly> Hosts { get; } = [Cli, Functions, LocalHost];

    public static IReadOnlyList<Assembly> All { get; } = [.. Libraries, .. Hosts];

    /// <summary>The ArchUnitNET model of <see cref="All"/>: their types and every dependency of each.</summary>
    public static ArchUnitNET.Domain.Architecture Model { get; } = new ArchLoader().LoadAssemblies([.. All]).Build();

    /// <summary>The types <paramref name="assembly"/> declares (compiler-generated ones included: their code is the assembly's code).</summary>
    public static IReadOnlyList<IType> TypesOf(Assembly assembly)
    {
        var name = assembly.GetName().Name;
        return [.. Model.Types.Where(t => t.Assembly.Name == name || t.Assembly.FullName == assembly.FullName)];
    }
}
