using Archon.Service;
using Archon.Workflows.Storage;
using Archon.Workflows;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Configuration;

namespace Archon.LocalHost;

/// <summary>
/// Where <c>archon serve</c>'s task hub keeps its history: the app's storage account, from the same settings as the
/// app's blobs (<c>AzureWebJobsStorage</c>, or its identity-based form), as the Functions host does. Its clients retry
/// as the app's own do (<see cref="StorageClientRetries"/>), so a status read with storage down fails in seconds.
/// </summary>
internal static class TaskHubStorage
{
    public static StorageAccountClientProvider From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var blobOptions = StorageClientRetries.Apply(new BlobClientOptions());
        var queueOptions = StorageClientRetries.Apply(new QueueClientOptions());
        var tableOptions = StorageClientRetries.Apply(new TableClientOptions());
        var account = configuration.Get(ServiceSettings.StorageAccountName);
        if (!string.IsNullOrWhiteSpace(account))
        {
            var credential = StorageConnection.CreateCredential(configuration);
            return new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(new Uri($"https://{account}.blob.core.windows.net"), credential, blobOptions),
                StorageServiceClientProvider.ForQueue(new Uri($"https://{account}.queue.core.windows.net"), credential, queueOptions),
                StorageServiceClientProvider.ForTable(new Uri($"https://{account}.table.core.windows.net"), credential, tableOptions));
        }

        var connection = configuration.Get(ServiceSettings.Storage);
        connection = string.IsNullOrWhiteSpace(connection) ? StorageConnection.DevelopmentStorage : connection;
        return new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(connection, blobOptions),
            StorageServiceClientProvider.ForQueue(connection, queueOptions),
            StorageServiceClientProvider.ForTable(connection, tableOptions));
    }
}
