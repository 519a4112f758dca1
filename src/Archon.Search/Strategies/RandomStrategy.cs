using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Search.Strategies;

/// <summary>
/// Evaluates feasible points in a seeded random order (or in space order: exhaustive), each once on the full search
/// split. In a sampled space random points are drawn lazily (no list of the space is made) and the exhaustive order
/// skips infeasible architectures.
/// </summary>
internal sealed class RandomStrategy : ISearchStrategy
{
    private readonly SpaceEnumeration _space;
    private readonly int[]? _order;
    private readonly int _items;
    private readonly bool _shuffle;
    private readonly Random _random;
    private readonly PointSource _source;
    private readonly HashSet<int> _drawn = [];
    private int _next;

    public RandomStrategy(SpaceEnumeration space, int searchItems, StrategyOptions options, bool shuffle = true)
    {
        _space = space;
        _shuffle = shuffle;
        _random = new Random(options.GeneratorSeed);
        _source = new PointSource(space);
        if (!space.IsSampled)
        {
            _order = Enumerable.Range(0, space.Feasible.Count).ToArray();
            if (shuffle)
            {
                _random.Shuffle(_order);
            }
        }

        Name = shuffle ? "random" : "exhaustive";
        _items = searchItems;
    }

    public string Name { get; }

    public TrialRequest? Next()
    {
        if (_order is not null)
        {
            return _next < _order.Length ? new TrialRequest(_order[_next++], _items) : null;
        }

        if (_shuffle)
        {
            var drawn = _source.Draw(_random, _drawn);
            if (drawn is null)
            {
                return null;
            }

            _drawn.Add(drawn.Value);
            _next++;
            return new TrialRequest(drawn.Value, _items);
        }

        while (_next < _space.Feasible.Count && _space.TryGet(_next) is null)
        {
            _next++;
        }

        return _next < _space.Feasible.Count ? new TrialRequest(_next++, _items) : null;
    }

    public void Report(TrialRequest request, double score)
    {
    }

    public IReadOnlyDictionary<string, string> DescribeState() =>
        new Dictionary<string, string> { ["position"] = _next.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
