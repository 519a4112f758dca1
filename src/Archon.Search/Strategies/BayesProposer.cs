using Archon.Search.Spaces;
using Archon.Search.Surrogates;

namespace Archon.Search.Strategies;

/// <summary>
/// Chooses promising unevaluated points from observations with a surrogate: a GP (by default one kernel with a
/// relevance weight per dimension, see <see cref="RelevanceWeights"/>; or an additive kernel per axis,
/// <see cref="KernelStructure"/>; optionally over a linear mean, <see cref="LinearMean"/>) scored by upper confidence
/// bound, expected improvement or Thompson sampling, or TPE.
/// Batches use the constant liar: each chosen point joins the observations at its predicted mean before the next pick.
/// Observations may carry their own noise variance (scores on subsamples); the GP then weighs each by its precision
/// and expected improvement is measured from the best posterior mean at an observed point rather than the best raw
/// score, which a lucky small subsample would inflate. In a sampled space the candidates are a pool drawn afresh for
/// each proposal (<see cref="PointSource"/>), seeded by the strategy's seed and the number of observations.
/// </summary>
internal sealed class BayesProposer
{
    private readonly SpaceEnumeration _space;
    private readonly StrategyOptions _options;
    private readonly PointSource _source;
    private readonly PointEncoder _encoder;
    private readonly double[][]? _listed;
    private readonly Dictionary<int, double[]> _built = [];
    private readonly IReadOnlyList<int[]> _groups;

    public BayesProposer(SpaceEnumeration space, StrategyOptions options)
    {
        _space = space;
        _options = options;
        _source = new PointSource(space);
        _encoder = new PointEncoder(space.Space);
        _groups = AxisGroups.For(space.Space);
        _listed = space.IsSampled ? null : space.Feasible.Select(p => _encoder.Encode(p.Point)).ToArray();
    }

    public string LastModel { get; private set; } = "-";

    /// <summary>True when the surrogate is a GP, which gives posterior means (TPE does not).</summary>
    public bool HasPosterior => !IsTpe;

    private bool IsTpe => string.Equals(_options.Surrogate, "tpe", StringComparison.OrdinalIgnoreCase);

    /// <summary>Up to <paramref name="count"/> point indices not in <paramref name="exclude"/>, best first.</summary>
    /// <param name="observed">Score by point index.</param>
    /// <param name="exclude">Points not to propose.</param>
    /// <param name="count">How many to propose.</param>
    /// <param name="noise">Optional noise variance of each observed score, by point index (missing: exact).</param>
    public List<int> Propose(IReadOnlyDictionary<int, double> observed, IReadOnlySet<int> exclude, int count, IReadOnlyDictionary<int, double>? noise = null)
    {
        var anchors = observed.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(PointSource.Anchors).Select(kv => kv.Key);
        var open = _source.Candidates(exclude, anchors, new Random(unchecked((_options.GeneratorSeed * 7919) + (observed.Count * 104729) + exclude.Count)));
        var picks = new List<int>();
        if (observed.Count == 0)
        {
            return open.Take(count).ToList();
        }

        var obs = observed.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).ToList();
        if (IsTpe)
        {
            var tpe = ParzenEstimator.Fit(_space.Space, obs.Select(o => (_space.Feasible[o.Key].Point, o.Value)).ToList());
            LastModel = "tpe";
            return open.OrderByDescending(i => tpe.Score(_space.Feasible[i].Point)).ThenBy(i => i).Take(count).ToList();
        }

        var variances = noise is null ? null : obs.Select(o => noise.GetValueOrDefault(o.Key)).ToList();
        var x = obs.Select(o => Encoded(o.Key)).ToArray();
        var y = obs.Select(o => o.Value).ToArray();
        var model = _options.LinearMean ? LinearMean.Fit(x, y, (xs, r) => FitKernel(xs, r, variances)) : FitKernel(x, y, variances);
        var acquisition = _options.Acquisition.ToLowerInvariant();
        LastModel = FormattableString.Invariant($"{model.Describe()} {acquisition switch { "ucb" => $"ucb κ={_options.UcbKappa}", "thompson" => "thompson", _ => "ei" }}{(noise is null ? "" : " +subsample")}");
        var best = variances is null ? obs.Max(o => o.Value) : Enumerable.Range(0, obs.Count).Max(i => model.PredictObservation(i).Mean);
        var random = new Random(unchecked((_options.GeneratorSeed * 6007) + (observed.Count * 15485863) + exclude.Count));
        while (picks.Count < count && open.Count > 0)
        {
            var scored = model;
            var pick = acquisition switch
            {
                "thompson" => open[ThompsonSampling.Choose(scored, open.Select(Encoded).ToList(), random)],
                "ucb" => open.MaxBy(i =>
                {
                    var (m, v) = scored.Predict(Encoded(i));
                    return (UpperConfidenceBound.Compute(m, v, _options.UcbKappa), -i);
                }),
                _ => open.MaxBy(i =>
                {
                    var (m, v) = scored.Predict(Encoded(i));
                    return (ExpectedImprovement.Compute(m, v, best), -i);
                }),
            };
            picks.Add(pick);
            open.Remove(pick);
            if (picks.Count < count)
            {
                obs.Add((pick, model.Predict(Encoded(pick)).Mean));
                variances?.Add(0);
                model = model.Refit(obs.Select(o => Encoded(o.Key)).ToArray(), obs.Select(o => o.Value).ToArray(), variances);
            }
        }

        return picks;
    }

    /// <summary>
    /// The GP's posterior mean at each of <paramref name="points"/> given the (noisy) observations. At an observed
    /// point it is <see cref="GaussianProcess.PredictObservation"/>: the point's own score, shrunk towards what similar
    /// architectures scored in proportion to how noisy that score is.
    /// </summary>
    public IReadOnlyDictionary<int, double> PosteriorMeans(IReadOnlyDictionary<int, double> observed, IReadOnlyDictionary<int, double> noise, IEnumerable<int> points)
    {
        var obs = observed.OrderBy(kv => kv.Key).ToList();
        var gp = GaussianProcess.FitBest(obs.Select(o => Encoded(o.Key)).ToArray(), obs.Select(o => o.Value).ToArray(), _options.Kernel, obs.Select(o => noise.GetValueOrDefault(o.Key)).ToList());
        LastModel = FormattableString.Invariant($"gp {gp.Kernel} l={gp.LengthScale} noise={gp.Noise} +subsample");
        var row = obs.Select((o, i) => (o.Key, i)).ToDictionary(o => o.Key, o => o.i);
        return points.Distinct().ToDictionary(p => p, p => row.TryGetValue(p, out var i) ? gp.PredictObservation(i).Mean : gp.Predict(Encoded(p)).Mean);
    }

    // The GP on the encoded points, with the kernel StrategyOptions.KernelStructure names.
    private IGaussianSurrogate FitKernel(double[][] x, double[] y, IReadOnlyList<double>? variances)
    {
        if (_options.KernelStructure == KernelStructure.Additive)
        {
            return AdditiveGaussianProcess.FitBest(x, y, _groups, _options.Kernel, variances);
        }

        var (gp, weights) = _options.RelevanceWeights
            ? RelevanceWeights.Fit(x, y, _options.Kernel, variances)
            : (GaussianProcess.FitBest(x, y, _options.Kernel, variances), null);
        if (_options.KernelStructure == KernelStructure.AdditiveInteraction)
        {
            return AdditiveGaussianProcess.FitBest(x, y, _groups, _options.Kernel, variances, (weights ?? Enumerable.Repeat(1.0, x[0].Length).ToArray(), gp.LengthScale));
        }

        return weights is null ? gp : new ScaledInputs(gp, weights);
    }

    private double[] Encoded(int index)
    {
        if (_listed is not null)
        {
            return _listed[index];
        }

        if (!_built.TryGetValue(index, out var x))
        {
            if (_built.Count >= 50_000)
            {
                _built.Clear();
            }

            x = _encoder.Encode(_space.Feasible[index].Point);
            _built[index] = x;
        }

        return x;
    }
}
