using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Archon.Core.Models;

namespace Archon.Search.Spaces;

/// <summary>
/// The points of a sampled space, by index (<see cref="PointIndexer"/>), built when read. <see cref="Count"/> is the
/// number of distinct architectures, feasible or not: reading an infeasible index throws, <see cref="TryGet"/> returns
/// null for it, and enumerating yields the feasible points only. Strategies propose feasible indices only.
/// </summary>
internal sealed class SampledPoints : IReadOnlyList<FeasiblePoint>
{
    private const int CacheLimit = 50_000;
    private readonly SearchSpace _space;
    private readonly Func<string, ModelPricing?> _pricing;
    private readonly ConcurrentDictionary<int, FeasiblePoint?> _cache = new();

    public SampledPoints(SearchSpace space, PointIndexer indexer, Func<string, ModelPricing?> pricing)
    {
        _space = space;
        Indexer = indexer;
        _pricing = pricing;
        Count = checked((int)indexer.Count);
    }

    public PointIndexer Indexer { get; }

    public int Count { get; }

    public FeasiblePoint this[int index] =>
        TryGet(index) ?? throw new InvalidOperationException($"architecture {index} of the sampled space breaks a constraint; strategies propose feasible architectures only");

    /// <summary>The point numbered <paramref name="index"/>, or null when it breaks a constraint.</summary>
    public FeasiblePoint? TryGet(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        if (_cache.TryGetValue(index, out var known))
        {
            return known;
        }

        var (point, broken) = Evaluate(index);
        var result = broken.Count == 0 ? point : null;
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[index] = result;
        return result;
    }

    /// <summary>Builds and checks the point numbered <paramref name="index"/>.</summary>
    public (FeasiblePoint Point, IReadOnlyList<string> Broken) Evaluate(int index) =>
        PointFeasibility.Evaluate(_space, _space.PointOf(Indexer.Decode(index)), index, _pricing);

    /// <summary>A point built so far with this key, or null.</summary>
    public FeasiblePoint? FindBuilt(string key) => _cache.Values.FirstOrDefault(p => p is not null && p.Key == key);

    /// <summary>Everything the points depend on, for the space's fingerprint: axes, switches, limits and model prices.</summary>
    public string Describe()
    {
        var sb = new StringBuilder("sampled\n");
        sb.AppendLine(string.Join(',', _space.Ranking));
        foreach (var axis in _space.Axes)
        {
            sb.AppendLine(FormattableString.Invariant($"{axis.Name}={string.Join(',', axis.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))}"));
        }

        sb.AppendLine(FormattableString.Invariant($"{_space.FusersVaryByLayer} {_space.RankerTopK} {_space.MaxTokens} {_space.Constraints}"));
        var models = _space.Ranking.Concat(_space.Axes.Where(a => a.Kind == AxisKind.Categorical).SelectMany(a => a.Values.Cast<string>())).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var model in models)
        {
            sb.AppendLine(FormattableString.Invariant($"{model}:{_pricing(model)}"));
        }

        return sb.ToString();
    }

    public IEnumerator<FeasiblePoint> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            if (TryGet(i) is { } p)
            {
                yield return p;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
