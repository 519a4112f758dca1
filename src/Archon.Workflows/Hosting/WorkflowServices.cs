using Archon.Search.Driver;
using Archon.Workflows.Architectures;
using Archon.Workflows.Benchmarks;
using Archon.Workflows.Engine;
using Archon.Workflows.Searches;
using Archon.Workflows.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Archon.Workflows.Settings;

namespace Archon.Workflows.Hosting;

/// <summary>Registers what the orchestrations' activities use, the same way in every host.</summary>
public static class WorkflowServices
{
    /// <summary>
    /// Storage from the app settings, the engine (from <paramref name="engine"/>: its runner, step runner and validation
    /// context), and the activities' dependencies.
    /// </summary>
    public static IServiceCollection AddArchonWorkflowServices(
        this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, ServiceEngine> engine)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddArchonSettings(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => StorageConnection.Create(configuration));
        services.TryAddSingleton<BlobJson>();
        services.TryAddSingleton(engine);
        services.TryAddSingleton(sp => sp.GetRequiredService<ServiceEngine>().Runner);
        services.TryAddSingleton(sp => sp.GetRequiredService<ServiceEngine>().Validation);
        services.TryAddSingleton(sp => sp.GetRequiredService<ServiceEngine>().Steps
            ?? throw new InvalidOperationException("the engine has no step runner: the architecture orchestration needs the built-in engine"));
        services.TryAddSingleton<ArchitectureChecker>();
        services.TryAddSingleton<BenchmarkItemStore>();
        services.TryAddSingleton<RunScorers>();
        services.TryAddSingleton<BenchmarkItemEvaluator>();
        services.TryAddSingleton(sp => new ModelPrices(sp.GetRequiredService<IOptions<EngineOptions>>().Value));
        services.TryAddSingleton<SearchSpaces>();
        services.TryAddSingleton<SearchScheduler>();
        services.TryAddSingleton(sp => new ArchitectureStore(
            sp.GetRequiredService<BlobJson>(), sp.GetRequiredService<ArchitectureChecker>(), sp.GetRequiredService<IOptions<ApiOptions>>().Value.ExamplesPath,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<BenchmarkRequestParser>();
        services.TryAddSingleton<BenchmarkStarter>();
        services.TryAddSingleton<SearchRequestParser>();
        services.TryAddSingleton<SearchStarter>();
        services.TryAddSingleton<RunStatusReader>();
        services.TryAddSingleton<BenchmarkRequestMessages>();
        services.TryAddSingleton<ScheduledSearches>();
        return services;
    }
}
