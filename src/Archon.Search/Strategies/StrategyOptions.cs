using Archon.Search.Surrogates;

namespace Archon.Search.Strategies;

/// <summary>Settings shared by the strategies. Plain data with documented defaults.</summary>
public sealed record StrategyOptions
{
    /// <summary>Seed for every random choice. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// True (default): the random generators are seeded with <see cref="SeedMixer.Mix"/>(<see cref="Seed"/>), so
    /// neighbouring seeds give independent searches. False: with <see cref="Seed"/> itself, as searches recorded
    /// before seeds were mixed were run (their <c>search.json</c> has no <c>seedMixed</c>), so they still resume.
    /// </summary>
    public bool MixSeed { get; init; } = true;

    /// <summary>The seed the strategies' random generators start from.</summary>
    internal int GeneratorSeed => MixSeed ? SeedMixer.Mix(Seed) : Seed;

    /// <summary>Bayesian optimisation: random points before the surrogate takes over. Default 10 (the paper used 80 on a much larger space).</summary>
    public int InitialRandomPoints { get; init; } = 10;

    /// <summary>Bayesian optimisation: the surrogate, <c>gp</c> (default) or <c>tpe</c>.</summary>
    public string Surrogate { get; init; } = "gp";

    /// <summary>
    /// Bayesian optimisation: the acquisition function, <c>ucb</c> (default: posterior mean + <see cref="UcbKappa"/>
    /// standard deviations), <c>ei</c> (expected improvement over the best score) or <c>thompson</c> (the highest point
    /// of one joint draw from the posterior, <see cref="ThompsonSampling"/>). See docs/search.md for the comparison
    /// that chose the default.
    /// </summary>
    public string Acquisition { get; init; } = "ucb";

    /// <summary>Bayesian optimisation with <c>ucb</c>: standard deviations added to the mean. Default 1.</summary>
    public double UcbKappa { get; init; } = 1.0;

    /// <summary>Bayesian optimisation: fit one GP weight per encoded dimension (automatic relevance determination). Default true.</summary>
    public bool RelevanceWeights { get; init; } = true;

    /// <summary>
    /// Bayesian optimisation: how the GP's kernel combines the axes. Default <see cref="KernelStructure.Full"/> (one
    /// kernel over all encoded dimensions); <see cref="KernelStructure.Additive"/> and
    /// <see cref="KernelStructure.AdditiveInteraction"/> were measured against it in docs/search.md.
    /// </summary>
    public KernelStructure KernelStructure { get; init; } = KernelStructure.Full;

    /// <summary>Bayesian optimisation: give the GP a linear prior mean fitted by ridge regression (<see cref="Surrogates.LinearMean"/>). Default false.</summary>
    public bool LinearMean { get; init; }

    /// <summary>GP kernel. Default Matérn 5/2.</summary>
    public KernelKind Kernel { get; init; } = KernelKind.Matern52;

    /// <summary>Greedy: the key of the base point, or null for the space's first (smallest) feasible point.</summary>
    public string? BasePointKey { get; init; }

    /// <summary>Successive halving: keep 1/Eta of each rung. Default 3.</summary>
    public int Eta { get; init; } = 3;

    /// <summary>
    /// Successive halving: rungs per bracket (the last is a full evaluation). Default 3: prefixes N/9, N/3, N (11, 33,
    /// 100 of 100 items). A fourth, 4-item rung screens more cheaply but too noisily: on the paper-axes-sim landscape 8
    /// of 10 runs with 4 rungs never fully evaluated the near-best architecture within 400 trials, every run with 3 did
    /// (docs/search.md).
    /// </summary>
    public int Rungs { get; init; } = 3;

    /// <summary>Successive halving: candidates on the first rung. Default 27.</summary>
    public int BracketSize { get; init; } = 27;

    /// <summary>Successive halving: proposals from <c>bayes</c> (default) or <c>random</c>.</summary>
    public string HalvingProposals { get; init; } = "bayes";

    /// <summary>Successive halving: the smallest subsample. Default 4 items.</summary>
    public int MinItems { get; init; } = 4;
}
