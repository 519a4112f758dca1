using System.Globalization;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Search.Strategies;

/// <summary>
/// Successive halving in brackets: <see cref="StrategyOptions.BracketSize"/> candidates on a small prefix of the
/// search split, the best 1/η promoted to an η-times larger prefix, up to a full evaluation. Subsamples are nested
/// prefixes, so a promoted candidate's earlier calls come from the shared cache. The first bracket is random; later
/// brackets come from the Bayesian proposer (observations: each point's score at the largest prefix it reached),
/// or stay random.
/// </summary>
internal sealed class HalvingStrategy : ISearchStrategy
{
    private readonly SpaceEnumeration _space;
    private readonly int _full;
    private readonly StrategyOptions _options;
    private readonly BayesProposer? _proposer;
    private readonly Random _random;
    private readonly int[] _rungItems;
    private readonly Dictionary<int, (int Items, double Score)> _observed = [];
    private readonly HashSet<int> _proposed = [];
    private readonly Queue<int> _queue = new();
    private readonly List<(int Point, double Score)> _rungResults = [];
    private int _rung = -1;
    private int _rungSize;
    private int _bracket;

    public HalvingStrategy(SpaceEnumeration space, int searchItems, StrategyOptions options)
    {
        _space = space;
        _full = searchItems;
        _options = options;
        _random = new Random(options.Seed);
        _proposer = string.Equals(options.HalvingProposals, "random", StringComparison.OrdinalIgnoreCase) ? null : new BayesProposer(space, options);
        var rungs = Math.Max(1, options.Rungs);
        _rungItems = new int[rungs];
        for (var r = 0; r < rungs; r++)
        {
            var size = searchItems / Math.Pow(Math.Max(2, options.Eta), rungs - 1 - r);
            _rungItems[r] = Math.Min(searchItems, Math.Max(Math.Min(options.MinItems, searchItems), (int)Math.Round(size)));
        }
    }

    public string Name => _proposer is null ? "halving-random" : "halving";

    /// <summary>Prefix sizes of the rungs, smallest first.</summary>
    public IReadOnlyList<int> RungItems => _rungItems;

    public TrialRequest? Next()
    {
        while (_queue.Count == 0)
        {
            if (_rung >= 0 && _rungResults.Count < _rungSize)
            {
                return null; // a result is still outstanding; the driver reports before asking again
            }

            if (_rung >= 0 && _rung < _rungItems.Length - 1)
            {
                var keep = Math.Max(1, _rungResults.Count / Math.Max(2, _options.Eta));
                var promoted = _rungResults.OrderByDescending(r => r.Score).ThenBy(r => r.Point).Take(keep).Select(r => r.Point).ToList();
                StartRung(_rung + 1, promoted);
            }
            else if (!StartBracket())
            {
                return null;
            }
        }

        return new TrialRequest(_queue.Dequeue(), _rungItems[_rung]);
    }

    public void Report(TrialRequest request, double score)
    {
        ArgumentNullException.ThrowIfNull(request);
        _rungResults.Add((request.PointIndex, score));
        if (!_observed.TryGetValue(request.PointIndex, out var o) || request.Items >= o.Items)
        {
            _observed[request.PointIndex] = (request.Items, score);
        }
    }

    public IReadOnlyDictionary<string, string> DescribeState() => new Dictionary<string, string>
    {
        ["bracket"] = _bracket.ToString(CultureInfo.InvariantCulture),
        ["rung"] = _rung.ToString(CultureInfo.InvariantCulture),
        ["rungItems"] = string.Join(",", _rungItems),
        ["proposals"] = _proposer is null ? "random" : _proposer.LastModel,
    };

    private bool StartBracket()
    {
        var count = Math.Max(1, _options.BracketSize);
        List<int> picks;
        if (_proposer is null || _observed.Count == 0)
        {
            var open = Enumerable.Range(0, _space.Feasible.Count).Where(i => !_proposed.Contains(i)).ToArray();
            _random.Shuffle(open);
            picks = open.Take(count).ToList();
        }
        else
        {
            picks = _proposer.Propose(_observed.ToDictionary(kv => kv.Key, kv => kv.Value.Score), _proposed, count);
        }

        if (picks.Count == 0)
        {
            return false;
        }

        _bracket++;
        _proposed.UnionWith(picks);
        StartRung(0, picks);
        return true;
    }

    private void StartRung(int rung, List<int> points)
    {
        _rung = rung;
        _rungSize = points.Count;
        _rungResults.Clear();
        foreach (var p in points)
        {
            _queue.Enqueue(p);
        }
    }
}
