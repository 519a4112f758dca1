using Archon.Workflows.Engine;
using Archon.Workflows.Hosting;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Workflows.Tests.Support;

/// <summary>
/// The orchestrations on the Durable Task in-process test host (in-memory backend, gRPC sidecar on a free port),
/// with the engine's services registered as the hosts register them.
/// </summary>
internal sealed class WorkflowHost : IAsyncDisposable
{
    private readonly DurableTaskTestHost _host;

    private WorkflowHost(DurableTaskTestHost host)
    {
        _host = host;
    }

    public DurableTaskClient Client => _host.Client;

    public IServiceProvider Services => _host.Services;

    public static async Task<WorkflowHost> StartAsync(
        ServiceEngine engine, Action<DurableTaskRegistry>? registry = null, Action<IServiceCollection>? services = null, string? storage = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["AzureWebJobsStorage"] = storage ?? "UseDevelopmentStorage=true" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var host = await DurableTaskTestHost.StartAsync(
            registry ?? (r => r.AddArchonWorkflows()),
            new DurableTaskTestHostOptions
            {
                Port = FreePorts.Next(),
                ConfigureServices = s =>
                {
                    services?.Invoke(s);
                    s.AddLogging();
                    s.AddArchonWorkflowServices(configuration, _ => engine);
                },
            });
        return new WorkflowHost(host);
    }

    /// <summary>Schedules an orchestration and waits for it to finish.</summary>
    public async Task<OrchestrationMetadata> RunAsync(string name, object input, string? instanceId = null, TimeSpan? timeout = null)
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            name, input, new StartOrchestrationOptions { InstanceId = instanceId ?? Guid.NewGuid().ToString("N") });
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        return await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
