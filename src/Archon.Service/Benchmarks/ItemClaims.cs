using Archon.Workflows.Storage;

namespace Archon.Service.Benchmarks;

/// <summary>
/// Claims on items being evaluated, so two copies of a work message delivered at the same time do not both pay for an
/// item. A claim is a create-only blob renewed while its owner works; a second worker that finds a fresh claim waits
/// for the item's result instead of evaluating it, and takes the claim over (ETag-guarded) once it has gone stale
/// (its owner died), so a killed worker delays an item by at most the stale time and never loses it.
/// </summary>
internal sealed class ItemClaims
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly BlobJson _blobs;
    private readonly TimeProvider _time;
    private readonly TimeSpan _staleAfter;
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public ItemClaims(BlobJson blobs, TimeProvider time, TimeSpan staleAfter)
    {
        _blobs = blobs;
        _time = time;
        _staleAfter = staleAfter;
    }

    /// <summary>
    /// Claims the item, or waits until it has a result. Returns the claim to hold while evaluating (dispose it once the
    /// result is written), or null when the item got its result meanwhile.
    /// </summary>
    public async Task<ItemClaim?> ClaimAsync(string runId, string itemId, CancellationToken cancellationToken)
    {
        var path = RunPaths.Claim(runId, itemId);
        while (true)
        {
            if (await _blobs.CreateAsync(path, Now(), cancellationToken).ConfigureAwait(false))
            {
                return Held(path);
            }

            if (await _blobs.ExistsAsync(RunPaths.Item(runId, itemId), cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var (claim, etag) = await _blobs.ReadAsync<ItemClaimDocument>(path, cancellationToken).ConfigureAwait(false);
            if (claim is null)
            {
                continue; // deleted meanwhile: try to create it again.
            }

            if (_time.GetUtcNow() - claim.RenewedAt > _staleAfter
                && await _blobs.ReplaceAsync(path, Now(), etag, cancellationToken).ConfigureAwait(false))
            {
                return Held(path);
            }

            await Task.Delay(Poll, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private ItemClaim Held(string path) =>
        new(ct => _blobs.WriteAsync(path, Now(), ct), TimeSpan.FromTicks(_staleAfter.Ticks / 3), _time);

    private ItemClaimDocument Now() => new(_owner, _time.GetUtcNow());
}
