using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Search.Strategies;

/// <summary>Evaluates feasible points in a seeded random order (or in space order: exhaustive), each once on the full search split.</summary>
internal sealed class RandomStrategy : ISearchStrategy
{
    private readonly int[] _order;
    private readonly int _items;
    private int _next;

    public RandomStrategy(SpaceEnumeration space, int searchItems, StrategyOptions options, bool shuffle = true)
    {
        _order = Enumerable.Range(0, space.Feasible.Count).ToArray();
        if (shuffle)
        {
            new Random(options.Seed).Shuffle(_order);
        }

        Name = shuffle ? "random" : "exhaustive";
        _items = searchItems;
    }

    public string Name { get; }

    public TrialRequest? Next() => _next < _order.Length ? new TrialRequest(_order[_next++], _items) : null;

    public void Report(TrialRequest request, double score)
    {
    }

    public IReadOnlyDictionary<string, string> DescribeState() =>
        new Dictionary<string, string> { ["position"] = _next.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
