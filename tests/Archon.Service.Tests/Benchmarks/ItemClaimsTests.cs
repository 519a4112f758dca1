using Archon.Service.Benchmarks;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Archon.Service.Tests.Benchmarks;

/// <summary>Item claims on Azurite: a claim is taken, waited on while fresh, given up when the result appears, taken over when stale.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ItemClaimsTests
{
    private readonly AzuriteFixture _azurite;

    public ItemClaimsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task Claim_Unclaimed_IsTakenAndSecondWorkerWaitsUntilTheResultExists()
    {
        var blobs = await BlobsAsync();
        var run = Guid.NewGuid().ToString("N");
        var first = new ItemClaims(blobs, TimeProvider.System, TimeSpan.FromMinutes(5));
        var second = new ItemClaims(blobs, TimeProvider.System, TimeSpan.FromMinutes(5));

        await using var held = await first.ClaimAsync(run, "item-1", CancellationToken.None);
        Assert.NotNull(held);
        var waiting = second.ClaimAsync(run, "item-1", CancellationToken.None);
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted); // the first claim is fresh: the second worker waits

        await blobs.CreateAsync(RunPaths.Item(run, "item-1"), new { done = true }, CancellationToken.None);

        Assert.Null(await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Claim_StaleClaimOfADeadWorker_IsTakenOver()
    {
        var blobs = await BlobsAsync();
        var run = Guid.NewGuid().ToString("N");
        await blobs.CreateAsync(RunPaths.Claim(run, "item-2"), new ItemClaimDocument("dead-worker", DateTimeOffset.UtcNow.AddHours(-1)), CancellationToken.None);

        await using var held = await new ItemClaims(blobs, TimeProvider.System, TimeSpan.FromMinutes(5)).ClaimAsync(run, "item-2", CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(held);
        var claim = await blobs.GetAsync<ItemClaimDocument>(RunPaths.Claim(run, "item-2"), CancellationToken.None);
        Assert.NotEqual("dead-worker", claim!.Owner);
    }

    [Fact]
    public async Task Claim_HeldClaim_IsRenewedSoItNeverGoesStale()
    {
        var blobs = await BlobsAsync();
        var run = Guid.NewGuid().ToString("N");
        var staleAfter = TimeSpan.FromSeconds(1.5);

        await using var held = await new ItemClaims(blobs, TimeProvider.System, staleAfter).ClaimAsync(run, "item-3", CancellationToken.None);
        var taken = (await blobs.GetAsync<ItemClaimDocument>(RunPaths.Claim(run, "item-3"), CancellationToken.None))!.RenewedAt;
        await Task.Delay(staleAfter * 2);

        var renewed = (await blobs.GetAsync<ItemClaimDocument>(RunPaths.Claim(run, "item-3"), CancellationToken.None))!.RenewedAt;
        Assert.True(renewed > taken, $"claim taken at {taken:O} was not renewed (still {renewed:O})");
    }

    private async Task<BlobJson> BlobsAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = _azurite.ConnectionString }).Build();
        var storage = StorageConnection.Create(configuration);
        await storage.EnsureCreatedAsync(CancellationToken.None);
        return new BlobJson(storage);
    }
}
