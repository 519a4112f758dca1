using Archon.Service.Http;
using Archon.Service;
using Archon.Workflows.Storage;
using Archon.Workflows;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Configuration;

namespace Archon.LocalHost;

/// <summary>
/// Where <c>archon serve</c>'s task hub keeps its history: the app's storage account, from the same settings as the
/// app's blobs (<c>AzureWebJobsStorage</c>, or its identity-based form), as the Functions host does.
/// </summary>
internal static class TaskHubStorage
{
    public static StorageAccountClientProvider From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var account = configuration.Get(ServiceSettings.StorageAccountName);
        if (!string.IsNullOrWhiteSpace(account))
        {
            return new StorageAccountClientProvider(account, StorageConnection.CreateCredential(configuration));
        }

        var connection = configuration.Get(ServiceSettings.Storage);
        return new StorageAccountClientProvider(string.IsNullOrWhiteSpace(connection) ? StorageConnection.DevelopmentStorage : connection);
    }
}
