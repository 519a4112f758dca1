using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Archon.Benchmarks.Results;

/// <summary>
/// The deterministic search / held-out split (paper: 20% / 80%). An item's side depends only on its id and the
/// seed (SHA-256 of <c>seed:id</c>), so it is stable across runs, machines and dataset orderings.
/// </summary>
public static class BenchmarkSplit
{
    /// <summary>The default fraction of items used for search.</summary>
    public const double DefaultSearchFraction = 0.2;

    /// <summary>True when the item with <paramref name="itemId"/> belongs to the search part.</summary>
    public static bool IsSearch(string itemId, int seed = 0, double searchFraction = DefaultSearchFraction)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{itemId}"));
        var u = BinaryPrimitives.ReadUInt64BigEndian(hash) / (double)ulong.MaxValue;
        return u < searchFraction;
    }

    /// <summary>The items of <paramref name="part"/>, in their original order.</summary>
    public static IReadOnlyList<T> Select<T>(
        IEnumerable<T> items,
        Func<T, string> id,
        SplitPart part,
        int seed = 0,
        double searchFraction = DefaultSearchFraction)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(id);
        return part switch
        {
            SplitPart.All => items.ToList(),
            SplitPart.Search => items.Where(i => IsSearch(id(i), seed, searchFraction)).ToList(),
            SplitPart.HeldOut => items.Where(i => !IsSearch(id(i), seed, searchFraction)).ToList(),
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, "unknown split part"),
        };
    }

    /// <summary>Parses <c>search</c>, <c>heldout</c> (or <c>held-out</c>) or <c>all</c>.</summary>
    public static SplitPart ParsePart(string text) => text?.ToLowerInvariant() switch
    {
        "search" => SplitPart.Search,
        "heldout" or "held-out" => SplitPart.HeldOut,
        "all" => SplitPart.All,
        _ => throw new ArgumentException($"--split must be search, heldout or all, found '{text}'", nameof(text)),
    };
}
