using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Archon.Workflows.Storage;

/// <summary>The app's blob container and queues. <see cref="EnsureCreatedAsync"/> creates every one the code uses.</summary>
internal sealed class ArchonStorage
{
    private int _created;

    public ArchonStorage(BlobContainerClient container, QueueServiceClient queues, string description)
    {
        Container = container;
        Queues = queues;
        Description = description;
    }

    public BlobContainerClient Container { get; }

    public QueueServiceClient Queues { get; }

    /// <summary>Where the storage is, without secrets (for messages and logs).</summary>
    public string Description { get; }

    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    /// <summary>Creates the container, every work queue and its poison queue (once per process).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        try
        {
            await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var name in StorageNames.Queues)
            {
                await Queue(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                await Queue(name + StorageNames.PoisonSuffix).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException or TaskCanceledException
                                   && !cancellationToken.IsCancellationRequested)
        {
            throw new StorageUnavailableException(
                $"Azure Storage at {Description} is not reachable ({ex.Message}). For local use start Azurite: " +
                "`archon serve --azurite`, or `scripts/install-azurite && .tools/azurite/node_modules/.bin/azurite --silent " +
                "--disableTelemetry --skipApiVersionCheck --inMemoryPersistence`, or set AzureWebJobsStorage.",
                ex);
        }

        Volatile.Write(ref _created, 1);
    }
}
