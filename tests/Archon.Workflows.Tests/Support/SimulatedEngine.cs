using Archon.Workflows.Engine;
using Archon.Workflows.Settings;

namespace Archon.Workflows.Tests.Support;

/// <summary>The service's engine on simulated models (no latency by default), built from the same options as the hosts build it.</summary>
internal static class SimulatedEngine
{
    public static ServiceEngine Create(int latencyMs = 0) =>
        EngineFactory.Create(new EngineOptions { Simulate = true, SimLatencyMs = latencyMs }, null, TimeProvider.System, null);
}
