using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Archon.Workflows.Storage;

/// <summary>
/// Creates the blob container and queue clients from the app settings: a connection string in
/// <c>AzureWebJobsStorage</c> (default <c>UseDevelopmentStorage=true</c>, i.e. Azurite), or the identity-based form
/// <c>AzureWebJobsStorage__accountName</c> (+ <c>__credential=managedidentity</c>, <c>__clientId</c>).
/// </summary>
internal static class StorageConnection
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public static ArchonStorage Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var queueOptions = StorageClientRetries.Apply(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        queueOptions.MessageDecodingFailed += UndecodableMessages.MoveToPoisonAsync;
        var blobOptions = StorageClientRetries.Apply(new BlobClientOptions());
        var accountName = configuration.Get(ServiceSettings.StorageAccountName);
        if (!string.IsNullOrWhiteSpace(accountName))
        {
            var credential = CreateCredential(configuration);
            var blobs = new BlobServiceClient(new Uri($"https://{accountName}.blob.core.windows.net"), credential, blobOptions);
            var queues = new QueueServiceClient(new Uri($"https://{accountName}.queue.core.windows.net"), credential, queueOptions);
            return new ArchonStorage(blobs.GetBlobContainerClient(StorageNames.Container), queues, $"account {accountName} (identity)");
        }

        var connection = configuration.Get(ServiceSettings.Storage);
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = DevelopmentStorage;
        }

        var blobService = new BlobServiceClient(connection, blobOptions);
        var queueService = new QueueServiceClient(connection, queueOptions);
        return new ArchonStorage(blobService.GetBlobContainerClient(StorageNames.Container), queueService, Describe(blobService.Uri));
    }

    internal static TokenCredential CreateCredential(IConfiguration configuration)
    {
        var clientId = configuration.Get(ServiceSettings.StorageClientId);
        var kind = configuration.Get(ServiceSettings.StorageCredential);
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
        });
    }

    // Only scheme, host and port: a connection string's key must never reach a log.
    private static string Describe(Uri uri) => $"{uri.Scheme}://{uri.Authority}";
}
