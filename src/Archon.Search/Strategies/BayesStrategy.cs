using System.Globalization;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Search.Strategies;

/// <summary>
/// Bayesian optimisation on full evaluations: <see cref="StrategyOptions.InitialRandomPoints"/> random points, then
/// each trial the unevaluated point with the highest expected improvement under a GP (or the best TPE ratio).
/// </summary>
internal sealed class BayesStrategy : ISearchStrategy
{
    private readonly SpaceEnumeration _space;
    private readonly int _items;
    private readonly StrategyOptions _options;
    private readonly BayesProposer _proposer;
    private readonly int[] _randomOrder;
    private readonly Dictionary<int, double> _observed = [];
    private readonly HashSet<int> _proposed = [];
    private int _randomNext;

    public BayesStrategy(SpaceEnumeration space, int searchItems, StrategyOptions options)
    {
        _space = space;
        _items = searchItems;
        _options = options;
        _proposer = new BayesProposer(space, options);
        _randomOrder = Enumerable.Range(0, space.Feasible.Count).ToArray();
        new Random(options.Seed).Shuffle(_randomOrder);
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
            while (_proposed.Contains(_randomOrder[_randomNext]))
            {
                _randomNext++;
            }

            pick = _randomOrder[_randomNext++];
        }
        else
        {
            pick = _proposer.Propose(_observed, _proposed, 1)[0];
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
