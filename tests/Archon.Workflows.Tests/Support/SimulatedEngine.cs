using Archon.Workflows.Engine;
using Microsoft.Extensions.Configuration;

namespace Archon.Workflows.Tests.Support;

/// <summary>The service's engine on simulated models without latency, built from settings as the hosts build it.</summary>
internal static class SimulatedEngine
{
    public static ServiceEngine Create(int latencyMs = 0)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Archon:Simulate"] = "true",
                ["Archon:SimLatencyMs"] = latencyMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        return EngineFactory.Create(configuration, null, TimeProvider.System, null);
    }
}
