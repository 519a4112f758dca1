using Archon.Core.Execution;
using Archon.Workflows.Architectures;
using Archon.Service.Benchmarks;
using Archon.Workflows.Engine;
using Archon.Service.Queries;
using Archon.Service.Queues;
using Archon.Service.Searches;
using Archon.Workflows.Storage;
using Archon.Service.Telemetry;
using Archon.Service.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archon.Service.Hosting;

/// <summary>Registers the service's parts; the caller supplies the engine.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddArchonService(
        this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, ServiceEngine> engine, bool standalone)
    {
        var options = ServiceOptions.From(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(_ => StorageConnection.Create(configuration));
        services.AddSingleton<BlobJson>();
        services.AddSingleton(engine);
        services.AddSingleton(sp => sp.GetRequiredService<ServiceEngine>().Runner);
        services.AddSingleton(sp => sp.GetRequiredService<ServiceEngine>().Validation);
        services.AddSingleton<ArchitectureChecker>();
        services.AddSingleton(sp => new ArchitectureStore(sp.GetRequiredService<BlobJson>(), sp.GetRequiredService<ArchitectureChecker>(), options.ExamplesPath, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<QueryService>();
        services.AddSingleton<BenchmarkOrchestrator>();
        services.AddSingleton<SearchOrchestrator>();
        services.AddSingleton<ScheduledSearchTrigger>();
        services.AddSingleton<IQueueMessageHandler, BenchWorkHandler>();
        services.AddSingleton<IQueueMessageHandler, BenchFanInHandler>();
        services.AddSingleton<IQueueMessageHandler, SearchStepHandler>();
        services.AddSingleton<IQueueMessageHandler, QueryWorkHandler>();
        services.AddSingleton<QueueDispatcher>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddArchonTelemetry(configuration);
        if (standalone && !options.UnderFunctionsHost)
        {
            services.AddSingleton(new QueuePollingOptions { VisibilityTimeout = options.QueueVisibilityTimeout });
            services.AddHostedService<QueuePoller>();
            var schedule = configuration.Get(ServiceSettings.SearchSchedule);
            if (!string.IsNullOrWhiteSpace(schedule))
            {
                services.AddSingleton(NCrontabSchedule.Parse(schedule));
                services.AddHostedService<TimerService>();
            }
        }

        return services;
    }
}
