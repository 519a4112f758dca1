using System.Globalization;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Surrogates;

namespace Archon.Search.Strategies;

/// <summary>
/// Successive halving in brackets on nested prefixes of the search split (rung sizes N/η^(R−1), …, N/η, N), so a
/// promoted candidate's earlier calls come from the shared cache. Each bracket screens
/// <see cref="StrategyOptions.BracketSize"/> new candidates on the first rung, then promotes 1/η as many from each
/// rung to the next. Promotion draws on every candidate whose largest rung so far is that rung — those of earlier
/// brackets too — so a candidate cut by one unlucky comparison can still move up.
/// <para>
/// With Bayesian proposals (default), new candidates are chosen by expected improvement under a GP fitted to every
/// candidate's score at its largest rung, each with its subsample noise variance (<see cref="SubsampleNoise"/>), and
/// candidates are promoted by the GP's posterior mean rather than their raw rung score: on a small rung the noise is
/// larger than the gaps between good architectures, and the posterior pools evidence from similar ones. The first
/// bracket is a random initial design, screened on the first rung only: its purpose is the surrogate's first fit,
/// and its best candidates stay in the promotion pool of later brackets. With random proposals every bracket is
/// random and promotion goes by rung score (plain successive halving, pooled across brackets).
/// </para>
/// </summary>
internal sealed class HalvingStrategy : ISearchStrategy
{
    private readonly SpaceEnumeration _space;
    private readonly int _full;
    private readonly StrategyOptions _options;
    private readonly BayesProposer? _proposer;
    private readonly Random _random;
    private readonly PointSource _source;
    private readonly int[] _rungItems;
    private readonly int[] _rungSizes;
    private readonly Dictionary<int, (int Items, double Score)> _observed = [];
    private readonly Dictionary<int, int> _rungReached = [];
    private readonly HashSet<int> _proposed = [];
    private readonly Queue<int> _queue = new();
    private int _rung = -1;
    private int _outstanding;
    private int _bracket;

    public HalvingStrategy(SpaceEnumeration space, int searchItems, StrategyOptions options)
    {
        _space = space;
        _full = searchItems;
        _options = options;
        _random = new Random(options.GeneratorSeed);
        _source = new PointSource(space);
        _proposer = string.Equals(options.HalvingProposals, "random", StringComparison.OrdinalIgnoreCase) ? null : new BayesProposer(space, options);
        var rungs = Math.Max(1, options.Rungs);
        var eta = Math.Max(2, options.Eta);
        var items = new List<int>();
        for (var r = 0; r < rungs; r++)
        {
            var size = searchItems / Math.Pow(eta, rungs - 1 - r);
            var prefix = Math.Min(searchItems, Math.Max(Math.Min(options.MinItems, searchItems), (int)Math.Round(size)));
            if (items.Count > 0 && items[^1] == prefix)
            {
                items.RemoveAt(items.Count - 1); // on a small split the lowest rungs meet at MinItems: keep one
            }

            items.Add(prefix);
        }

        _rungItems = [.. items];
        _rungSizes = new int[_rungItems.Length];
        for (var r = 0; r < _rungItems.Length; r++)
        {
            _rungSizes[r] = Math.Max(1, (int)(Math.Max(1, options.BracketSize) / Math.Pow(eta, r)));
        }
    }

    public string Name => _proposer is null ? "halving-random" : "halving";

    /// <summary>Prefix sizes of the rungs, smallest first.</summary>
    public IReadOnlyList<int> RungItems => _rungItems;

    public TrialRequest? Next()
    {
        while (_queue.Count == 0)
        {
            if (_outstanding > 0)
            {
                return null; // a result is still outstanding; the driver reports before asking again
            }

            if (!Advance())
            {
                return null;
            }
        }

        return new TrialRequest(_queue.Dequeue(), _rungItems[_rung]);
    }

    public void Report(TrialRequest request, double score)
    {
        ArgumentNullException.ThrowIfNull(request);
        _outstanding = Math.Max(0, _outstanding - 1);
        if (!_observed.TryGetValue(request.PointIndex, out var o) || request.Items >= o.Items)
        {
            _observed[request.PointIndex] = (request.Items, score);
        }

        var rung = Array.IndexOf(_rungItems, request.Items);
        if (rung >= 0 && rung >= _rungReached.GetValueOrDefault(request.PointIndex, -1))
        {
            _rungReached[request.PointIndex] = rung;
        }
    }

    public IReadOnlyDictionary<string, string> DescribeState() => new Dictionary<string, string>
    {
        ["bracket"] = _bracket.ToString(CultureInfo.InvariantCulture),
        ["rung"] = _rung.ToString(CultureInfo.InvariantCulture),
        ["rungItems"] = string.Join(",", _rungItems),
        ["waiting"] = string.Join(",", Enumerable.Range(0, _rungItems.Length - 1).Select(r => Pool(r).Count.ToString(CultureInfo.InvariantCulture))),
        ["proposals"] = _proposer is null ? "random" : _proposer.LastModel,
    };

    /// <summary>Promotes from the current rung, or screens a new bracket, or (space exhausted) promotes what waits.</summary>
    private bool Advance()
    {
        var initialDesign = _proposer is not null && _bracket == 1 && _rung == 0;
        if (_rung >= 0 && _rung < _rungItems.Length - 1 && !initialDesign && TryPromote(_rung))
        {
            return true;
        }

        if (StartBracket())
        {
            return true;
        }

        for (var r = 0; r < _rungItems.Length - 1; r++)
        {
            if (TryPromote(r))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Candidates whose largest rung so far is <paramref name="rung"/>.</summary>
    private List<int> Pool(int rung) => _rungReached.Where(kv => kv.Value == rung).Select(kv => kv.Key).Order().ToList();

    private bool TryPromote(int rung)
    {
        var pool = Pool(rung);
        if (pool.Count == 0)
        {
            return false;
        }

        var rank = Ranking(pool);
        var promoted = pool.OrderByDescending(p => rank[p]).ThenBy(p => p).Take(_rungSizes[rung + 1]).ToList();
        StartRung(rung + 1, promoted);
        return true;
    }

    /// <summary>The promotion score of each pooled candidate: the GP posterior mean, or (random proposals, TPE) its own score.</summary>
    private IReadOnlyDictionary<int, double> Ranking(List<int> pool)
    {
        if (_proposer is not { HasPosterior: true })
        {
            return pool.ToDictionary(p => p, p => _observed[p].Score);
        }

        var (scores, noise) = Observations();
        return _proposer.PosteriorMeans(scores, noise, pool);
    }

    private (Dictionary<int, double> Scores, Dictionary<int, double> Noise) Observations() => (
        _observed.ToDictionary(kv => kv.Key, kv => kv.Value.Score),
        _observed.ToDictionary(kv => kv.Key, kv => SubsampleNoise.Variance(kv.Value.Score, kv.Value.Items, _full)));

    private bool StartBracket()
    {
        var count = _rungSizes[0];
        List<int> picks;
        if ((_proposer is null || _observed.Count == 0) && _space.IsSampled)
        {
            picks = [];
            var taken = new HashSet<int>(_proposed);
            while (picks.Count < count && _source.Draw(_random, taken) is { } drawn)
            {
                picks.Add(drawn);
                taken.Add(drawn);
            }
        }
        else if (_proposer is null || _observed.Count == 0)
        {
            var open = Enumerable.Range(0, _space.Feasible.Count).Where(i => !_proposed.Contains(i)).ToArray();
            _random.Shuffle(open);
            picks = open.Take(count).ToList();
        }
        else
        {
            var (scores, noise) = Observations();
            picks = _proposer.Propose(scores, _proposed, count, noise);
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
        _outstanding = points.Count;
        foreach (var p in points)
        {
            _queue.Enqueue(p);
        }
    }
}
