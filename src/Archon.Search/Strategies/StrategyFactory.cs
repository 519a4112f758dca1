using Archon.Search.Spaces;

namespace Archon.Search.Strategies;

/// <summary>Creates strategies by name: random, greedy, bayes, tpe, halving, halving-random.</summary>
public static class StrategyFactory
{
    /// <summary>The names <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["random", "greedy", "bayes", "tpe", "halving", "halving-random", "exhaustive"];

    /// <summary>Creates the named strategy for a space whose full search split has <paramref name="searchItems"/> items.</summary>
    public static ISearchStrategy Create(string name, SpaceEnumeration space, int searchItems, StrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(options);
        if (space.Feasible.Count == 0)
        {
            throw new ArgumentException("the space has no feasible point", nameof(space));
        }

        return name.ToLowerInvariant() switch
        {
            "random" => new RandomStrategy(space, searchItems, options),
            "greedy" => new GreedyStrategy(space, searchItems, options),
            "bayes" or "gp" => new BayesStrategy(space, searchItems, options with { Surrogate = "gp" }),
            "tpe" => new BayesStrategy(space, searchItems, options with { Surrogate = "tpe" }),
            // Halving keeps the isotropic GP with expected improvement its figures were measured with (docs/search.md).
            "halving" => new HalvingStrategy(space, searchItems, options with { HalvingProposals = "bayes", Acquisition = "ei", RelevanceWeights = false }),
            "halving-random" => new HalvingStrategy(space, searchItems, options with { HalvingProposals = "random" }),
            "exhaustive" => new RandomStrategy(space, searchItems, options, shuffle: false),
            _ => throw new ArgumentException($"unknown strategy '{name}'; use one of {string.Join(", ", Names)}", nameof(name)),
        };
    }
}
