using System.Collections.Concurrent;
using Archon.Benchmarks.Results;
using Archon.Workflows.Storage;

namespace Archon.Workflows.Benchmarks;

/// <summary>Reads a run's item result blobs (32 at a time), ordered by item id.</summary>
internal static class RunResults
{
    public static async Task<List<ItemResult>> ReadAsync(BlobJson blobs, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<ItemResult>();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (name, ct) =>
        {
            if (await blobs.GetAsync<ItemResult>(name, ct).ConfigureAwait(false) is { } r)
            {
                results.Add(r);
            }
        }).ConfigureAwait(false);

        // Sorted so what is computed from them (e.g. the seeded bootstrap interval) does not depend on listing order.
        return [.. results.OrderBy(r => r.ItemId, StringComparer.Ordinal)];
    }
}
