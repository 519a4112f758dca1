using Archon.Benchmarks.Datasets;
using Archon.Cli.Bench;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Scoring;
using Archon.Core.Execution;
using Archon.Models.Setup;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Cli.Search;

/// <summary>
/// Everything a search needs, built from the command line: the enumerated space, the search and held-out items, and
/// evaluators whose models share one response cache (one <see cref="ModelSetup"/> = one cache).
/// </summary>
internal sealed class SearchSession
{
    private readonly SearchCliOptions _options;
    private readonly Func<IArchitectureRunner, IScorer> _scorer;

    private SearchSession(SearchCliOptions options, SpaceEnumeration space, IReadOnlyList<BenchmarkItem> search, IReadOnlyList<BenchmarkItem> heldOut, string notice, bool simulated, Func<IArchitectureRunner, IScorer> scorer)
    {
        Simulated = simulated;
        _options = options;
        Space = space;
        SearchItems = search;
        HeldOutItems = heldOut;
        Notice = notice;
        _scorer = scorer;
    }

    public SpaceEnumeration Space { get; }
    public IReadOnlyList<BenchmarkItem> SearchItems { get; }
    public IReadOnlyList<BenchmarkItem> HeldOutItems { get; }
    public string Notice { get; }

    /// <summary>True when any model the space's architectures use resolves to a simulated model.</summary>
    public bool Simulated { get; }

    public static SearchSession Create(SearchCliOptions options)
    {
        var ranking = options.RankingPath is { } r ? ModelRankingReader.ReadFile(r) : null;
        var space = SearchSpaceLoader.LoadFile(options.SpacePath, ranking);
        var setup = NewModels(options);
        var enumeration = SpaceEnumerator.Enumerate(space, name => setup.Resolver.Resolve(name)?.Pricing);
        if (enumeration.Feasible.Count == 0)
        {
            throw new SearchSpaceException($"{options.SpacePath}: no architecture meets the constraints ({enumeration.InfeasibleCount} infeasible)");
        }

        var loaded = DatasetLoaders.Load(options.Dataset, options.DataPath);
        var search = BenchmarkSplit.Select(loaded.Items, i => i.Id, SplitPart.Search, options.SplitSeed, options.SearchFraction);
        var heldOut = BenchmarkSplit.Select(loaded.Items, i => i.Id, SplitPart.HeldOut, options.SplitSeed, options.SearchFraction);
        if (options.Limit is { } limit)
        {
            search = search.Take(limit).ToList();
            heldOut = heldOut.Take(limit).ToList();
        }

        if (search.Count == 0)
        {
            throw new ArgumentException($"--data {options.DataPath}: the search split is empty ({loaded.Items.Count} items loaded)");
        }

        var judge = SearchJudge.Load(options, BenchEnvironment.For(setup, options.Models.Simulate));
        var simulated = enumeration.Feasible
            .SelectMany(p => p.Architecture.Layers.SelectMany(l => l.Components))
            .Select(c => c.Model)
            .Distinct(StringComparer.Ordinal)
            .Any(m => setup.Resolver.Resolve(m)?.Simulated == true);
        return new SearchSession(options, enumeration, search, heldOut, setup.Notice, simulated, judge.ScorerFor);
    }

    /// <summary>
    /// A fresh evaluator: new models, so a new, empty in-memory response cache shared by all its trials (real models'
    /// calls made before, in this or an earlier run, still come from the disk cache unless <c>--no-cache</c>).
    /// </summary>
    public BenchmarkTrialEvaluator NewEvaluator() => NewEvaluator(SearchItems);

    /// <summary>An evaluator over the held-out split (its own cache).</summary>
    public BenchmarkTrialEvaluator NewHeldOutEvaluator() => NewEvaluator(HeldOutItems.Count > 0 ? HeldOutItems : SearchItems);

    private BenchmarkTrialEvaluator NewEvaluator(IReadOnlyList<BenchmarkItem> items) => new(items, NewRunner(), _scorer) { Concurrency = _options.Concurrency };

    private IArchitectureRunner NewRunner() => ArchitectureEngine.Create(NewModels(_options).Resolver).Runner;

    private static ModelSetupResult NewModels(SearchCliOptions o) => ModelSetup.Create(new ModelSetupOptions
    {
        // A copy: the caller's options are not mutated, and the search's cache is larger than the default.
        CatalogPath = o.Models.CatalogPath,
        CatalogJson = o.Models.CatalogJson,
        Simulate = o.Models.Simulate,
        SimLatencyMs = o.Models.SimLatencyMs,
        CacheDirectory = o.Models.CacheDirectory,
        CacheCapacity = o.Models.CacheCapacity == 0 ? 0 : 2_000_000,
    });
}
