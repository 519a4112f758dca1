using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Workflows.Engine;

namespace Archon.Workflows.Tests.Support;

/// <summary>An engine whose runner is a <see cref="FakeRunner"/> (no step runner: item activities run in process).</summary>
internal static class FakeEngine
{
    public static ServiceEngine Create(FakeRunner runner) =>
        new(runner, ArchitectureValidationContext.For(BuiltInComponents.CreateRegistry().Types), "fake runner");
}
