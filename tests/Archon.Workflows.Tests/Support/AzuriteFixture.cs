using Archon.Workflows.Storage;

namespace Archon.Workflows.Tests.Support;

/// <summary>One Azurite per test run, in memory on free loopback ports (installed by scripts/install-azurite if missing).</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started");

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(TestArchitectures.RepoRoot, null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
