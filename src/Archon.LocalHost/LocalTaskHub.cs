using System.Net.Sockets;
using System.Net;
using Archon.Service.Http;
using Archon.Service;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archon.LocalHost;

/// <summary>
/// The task hub of <c>archon serve</c>: the Durable Task Framework's Azure Storage backend (history, instances and queues
/// in the app's storage account — Azurite locally), served on a loopback port by the gRPC sidecar that the Durable Task
/// test host package ships (<see cref="TaskHubGrpcServer"/>), so the same worker and client the Functions host drives run
/// in this process. History survives the process: after a crash the orchestrations resume from it.
/// </summary>
internal sealed class LocalTaskHub : IAsyncDisposable
{
    private readonly WebApplication _sidecar;
    private readonly ILoggerFactory _loggers;

    private LocalTaskHub(WebApplication sidecar, GrpcChannel channel, ILoggerFactory loggers)
    {
        _sidecar = sidecar;
        _loggers = loggers;
        Channel = channel;
    }

    /// <summary>The channel the worker and the client use.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>Creates the task hub's tables, queues and containers if needed and starts the sidecar; the hub owns <paramref name="loggerFactory"/> from then on.</summary>
    public static async Task<LocalTaskHub> StartAsync(LocalTaskHubOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Storage is null)
        {
            var memory = new InMemoryOrchestrationService(loggerFactory);
            return await ServeAsync(
                new NormalizingOrchestrationService(memory, options.MaxConcurrentActivities, options.MaxConcurrentOrchestrations), memory, loggerFactory, cancellationToken)
                .ConfigureAwait(false);
        }

        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.TaskHub,
            StorageAccountClientProvider = options.Storage,
            LoggerFactory = loggerFactory,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
            PartitionCount = options.Partitions,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            WorkItemQueueVisibilityTimeout = options.VisibilityTimeout,
            ControlQueueVisibilityTimeout = options.VisibilityTimeout,
            ExtendedSessionsEnabled = false,

            // A single process owns the partitions; after a crash the next one takes them over once the dead one's
            // leases lapse, so short leases make recovery quick.
            LeaseInterval = options.LeaseInterval,
            LeaseRenewInterval = options.LeaseInterval / 3,
            LeaseAcquireInterval = TimeSpan.FromSeconds(2),
        });
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return await ServeAsync(new NormalizingOrchestrationService(service), service, loggerFactory, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<LocalTaskHub> ServeAsync(
        IOrchestrationService service, IOrchestrationServiceClient client, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(service);
        builder.Services.AddSingleton(client);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var sidecar = builder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync(cancellationToken).ConfigureAwait(false);
        return new LocalTaskHub(sidecar, GrpcChannel.ForAddress($"http://127.0.0.1:{port}"), loggerFactory);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _sidecar.StopAsync().ConfigureAwait(false);
        await _sidecar.DisposeAsync().ConfigureAwait(false);
        _loggers.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
