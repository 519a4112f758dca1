using System.Globalization;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Synthetic;
using Archon.Models.Setup;
using Archon.Search.Comparison;
using Archon.Search.Driver;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Perf;

/// <summary>
/// Shared setup of the search scenarios: the example space <c>examples/search-spaces/paper-axes-sim.json</c> over
/// the default simulated models (no latency), synthetic tasks as the search split, fresh evaluators (each a new
/// ModelSetup, hence a new empty response cache), and the exhaustive result (cached in the temp folder).
/// </summary>
internal static class SearchPerfSetup
{
    private static IReadOnlyList<BenchmarkItem>? items;

    /// <summary>Synthetic tasks in the search split (100 unless a scenario sets it before first use).</summary>
    public static int SearchItemCount { get; set; } = 100;

    public static SpaceEnumeration Space()
    {
        var space = SearchSpaceLoader.LoadFile(Path.Combine(RepoRoot(), "examples", "search-spaces", "paper-axes-sim.json"));
        var pricing = NewSetup().Resolver;
        return SpaceEnumerator.Enumerate(space, m => pricing.Resolve(m)?.Pricing);
    }

    public static IReadOnlyList<BenchmarkItem> Items => items ??= SyntheticTasks.Generate(SearchItemCount, seed: 2024)
        .Select(t => new BenchmarkItem
        {
            Id = t.Id,
            Kind = DatasetKinds.Synthetic,
            Turns = [t.Question],
            References = [t.Answer.ToString(CultureInfo.InvariantCulture)],
        })
        .ToList();

    public static BenchmarkTrialEvaluator NewEvaluator() =>
        new(Items, new ArchitectureRunner(NewSetup().Resolver, BuiltInComponents.CreateRegistry()), Scorers.ForKind(DatasetKinds.Synthetic)) { Concurrency = 8 };

    public static async Task<ExhaustiveResult> ExhaustiveAsync(SpaceEnumeration space, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), "archon-search-perf");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"exhaustive-{SearchDriver.Fingerprint(space)}-{SearchItemCount}-{CodeVersion}.json");
        if (ExhaustiveResult.Load(path) is { } cached)
        {
            Console.WriteLine($"  exhaustive result from {path}");
            return cached;
        }

        var started = DateTime.UtcNow;
        var evaluator = NewEvaluator();
        var strategy = Archon.Search.Strategies.StrategyFactory.Create("exhaustive", space, evaluator.SearchItems, new Archon.Search.Strategies.StrategyOptions());
        var state = await new SearchDriver(space, evaluator).RunAsync(strategy, 0, Path.Combine(dir, $"exhaustive-{SearchDriver.Fingerprint(space)}-{SearchItemCount}-{CodeVersion}.state.json"), null, ct);
        var result = ExhaustiveResult.From(state);
        result.Save(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  exhaustive: {space.Feasible.Count} architectures in {(DateTime.UtcNow - started).TotalSeconds:0}s, calls made {result.CallsMade:N0} (without reuse {result.CallsWithoutReuse:N0})"));
        return result;
    }

    public static void PrintSpace(SpaceEnumeration space, ExhaustiveResult exhaustive)
    {
        var sorted = exhaustive.Scores.Values.OrderDescending().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  space {space.Space.Name}: {space.Feasible.Count} feasible ({space.InfeasibleCount} infeasible removed), {SearchItemCount} search items"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  max score {exhaustive.MaxScore:0.##}; near-best (within 0.5): {exhaustive.NearBestCount} = {100 * exhaustive.NearBestFraction:0.###}% of the space; median {sorted[sorted.Count / 2]:0.#}, 90th pct {sorted[sorted.Count / 10]:0.#}, min {sorted[^1]:0.#}"));
    }

    // The table is only valid for the simulation and engine that computed it; deterministic builds give the same
    // module version id for the same code, so a changed model or engine computes a fresh table.
    private static string CodeVersion { get; } = string.Concat(
        typeof(ModelSetup).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8],
        typeof(ArchitectureRunner).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8]);

    private static ModelSetupResult NewSetup() => ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = 0, CacheCapacity = 2_000_000 });

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Archon.Functions.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }
}
