using Archon.Workflows.Storage;
using Azure.Storage.Queues;

namespace Archon.Service.Tests.Support;

/// <summary>One Azurite per test run, in memory on free loopback ports (installed by scripts/install-azurite if missing).</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started");

    public static string RepoRoot =>
        AzuriteProcess.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("cannot find the folder holding Archon.Functions.sln");

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(RepoRoot, null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>Empties the app's queues so a test sees only its own messages.</summary>
    public async Task ClearQueuesAsync()
    {
        var service = new QueueServiceClient(ConnectionString);
        foreach (var name in StorageNames.Queues.SelectMany(q => new[] { q, q + StorageNames.PoisonSuffix }))
        {
            var queue = service.GetQueueClient(name);
            await queue.CreateIfNotExistsAsync();
            await queue.ClearMessagesAsync();
        }
    }
}
