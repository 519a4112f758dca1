using System.Globalization;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Search.Strategies;

/// <summary>
/// Bayesian optimisation on full evaluations: <see cref="StrategyOptions.InitialRandomPoints"/> random points, then
/// each trial the unevaluated point with the highest expected improvement under a GP (or the best TPE ratio). In a
/// sampled space the random points are drawn lazily and the surrogate scores a candidate pool (<see cref="PointSource"/>).
/// </summary>
internal sealed class BayesStrategy : ISearchStrategy
{
    private readonly SpaceEnumeration _space;
    private readonly int _items;
    private readonly StrategyOptions _options;
    private readonly BayesProposer _proposer;
    private readonly int[]? _randomOrder;
    private readonly Random _random;
    private readonly PointSource _source;
    private readonly Dictionary<int, double> _observed = [];
    private readonly HashSet<int> _proposed = [];
    private int _randomNext;

    public BayesStrategy(SpaceEnumeration space, int searchItems, StrategyOptions options)
    {
        _space = space;
        _items = searchItems;
        _options = options;
        _proposer = new BayesProposer(space, options);
        _source = new PointSource(space);
        _random = new Random(options.GeneratorSeed);
        if (!space.IsSampled)
        {
            _randomOrder = Enumerable.Range(0, space.Feasible.Count).ToArray();
            _random.Shuffle(_randomOrder);
        }
    }

    public string Name => string.Equals(_options.Surrogate, "tpe", StringComparison.OrdinalIgnoreCase) ? "tpe" : "bayes";

    public TrialRequest? Next()
    {
        if (_proposed.Count >= _space.Feasible.Count)
        {
            return null;
        }

        int pick;
        if (_proposed.Count < _options.InitialRandomPoints || _observed.Count == 0)
        {
            if (_randomOrder is null)
            {
                if (_source.Draw(_random, _proposed) is not { } drawn)
                {
                    return null;
                }

                pick = drawn;
            }
            else
            {
                while (_proposed.Contains(_randomOrder[_randomNext]))
                {
                    _randomNext++;
                }

                pick = _randomOrder[_randomNext++];
            }
        }
        else
        {
            var proposals = _proposer.Propose(_observed, _proposed, 1);
            if (proposals.Count == 0)
            {
                return null;
            }

            pick = proposals[0];
        }

        _proposed.Add(pick);
        return new TrialRequest(pick, _items);
    }

    public void Report(TrialRequest request, double score)
    {
        ArgumentNullException.ThrowIfNull(request);
        _observed[request.PointIndex] = score;
    }

    public IReadOnlyDictionary<string, string> DescribeState() => new Dictionary<string, string>
    {
        ["observed"] = _observed.Count.ToString(CultureInfo.InvariantCulture),
        ["phase"] = _proposed.Count < _options.InitialRandomPoints ? "initial-random" : "surrogate",
        ["surrogate"] = _proposer.LastModel,
    };
}
