using Archon.Service.Http;
using Archon.Service.Queries;
using Archon.Service.Telemetry;
using Archon.Workflows;
using Archon.Workflows.Hosting;
using Archon.Workflows.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service;

/// <summary>Registers the service's parts the same way in both hosts (the Functions worker and <c>archon serve</c>); the caller supplies the engine.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddArchonService(
        this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, ServiceEngine> engine)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddArchonWorkflowServices(configuration, engine);
        services.AddSingleton<QueryService>();
        services.AddSingleton<StorageProbe>();
        services.AddSingleton<HealthApi>();
        services.AddSingleton<QueryApi>();
        services.AddSingleton<ChatCompletionApi>();
        services.AddSingleton<ArchitectureApi>();
        services.AddSingleton<BenchmarkApi>();
        services.AddSingleton<SearchApi>();
        services.AddProblemDetails();
        services.AddArchonTelemetry(configuration);
        return services;
    }
}
