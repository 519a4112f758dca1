using Archon.Search.Spaces;
using Archon.Search.Surrogates;

namespace Archon.Search.Strategies;

/// <summary>
/// Chooses promising unevaluated points from observations with a surrogate: a GP with expected improvement, or TPE.
/// Batches use the constant liar: each chosen point joins the observations at its predicted mean before the next pick.
/// </summary>
internal sealed class BayesProposer
{
    private readonly SpaceEnumeration _space;
    private readonly StrategyOptions _options;
    private readonly double[][] _encoded;

    public BayesProposer(SpaceEnumeration space, StrategyOptions options)
    {
        _space = space;
        _options = options;
        var encoder = new PointEncoder(space.Space);
        _encoded = space.Feasible.Select(p => encoder.Encode(p.Point)).ToArray();
    }

    public string LastModel { get; private set; } = "-";

    /// <summary>Up to <paramref name="count"/> point indices not in <paramref name="exclude"/>, best first.</summary>
    public List<int> Propose(IReadOnlyDictionary<int, double> observed, IReadOnlySet<int> exclude, int count)
    {
        var open = Enumerable.Range(0, _space.Feasible.Count).Where(i => !exclude.Contains(i)).ToList();
        var picks = new List<int>();
        if (observed.Count == 0)
        {
            return open.Take(count).ToList();
        }

        var obs = observed.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).ToList();
        if (string.Equals(_options.Surrogate, "tpe", StringComparison.OrdinalIgnoreCase))
        {
            var tpe = ParzenEstimator.Fit(_space.Space, obs.Select(o => (_space.Feasible[o.Key].Point, o.Value)).ToList());
            LastModel = "tpe";
            return open.OrderByDescending(i => tpe.Score(_space.Feasible[i].Point)).ThenBy(i => i).Take(count).ToList();
        }

        var gp = GaussianProcess.FitBest(obs.Select(o => _encoded[o.Key]).ToArray(), obs.Select(o => o.Value).ToArray(), _options.Kernel);
        LastModel = FormattableString.Invariant($"gp {gp.Kernel} l={gp.LengthScale} noise={gp.Noise}");
        var best = obs.Max(o => o.Value);
        while (picks.Count < count && open.Count > 0)
        {
            var pick = open.MaxBy(i =>
            {
                var (m, v) = gp.Predict(_encoded[i]);
                return (ExpectedImprovement.Compute(m, v, best), -i);
            });
            picks.Add(pick);
            open.Remove(pick);
            if (picks.Count < count)
            {
                obs.Add((pick, gp.Predict(_encoded[pick]).Mean));
                gp = GaussianProcess.Fit(obs.Select(o => _encoded[o.Key]).ToArray(), obs.Select(o => o.Value).ToArray(), gp.Kernel, gp.LengthScale, gp.Noise);
            }
        }

        return picks;
    }
}
