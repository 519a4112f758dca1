using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Execution;

namespace Archon.Benchmarks.Ranking;

/// <summary>
/// Ranks models over the same items: as generators (each model alone, one sample), or as fusers (each model fusing a
/// fixed candidate set), the two rankings the paper's search starts from.
/// </summary>
public static class ModelRanker
{
    /// <summary>The one-generator architecture used for <paramref name="model"/>.</summary>
    public static ArchitectureConfig SingleModel(string model) =>
        new($"single-{model}", [new LayerConfig([new ComponentConfig { Type = ComponentTypes.Generator, Model = model }])]);

    /// <summary>The architecture that ranks <paramref name="model"/> as a fuser: the candidate layer, then one fuser.</summary>
    public static ArchitectureConfig Fusing(FuserCandidates candidates, string model)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return new($"fuse-{model}", [candidates.Layer(), new LayerConfig([new ComponentConfig { Type = ComponentTypes.Fuser, Model = model }])]);
    }

    /// <summary>Runs every model alone over <paramref name="items"/> and returns them best first (score, then lower cost).</summary>
    public static Task<ModelRanking> RankAsync(
        string datasetKind,
        IArchitectureRunner runner,
        IScorer scorer,
        IReadOnlyList<string> models,
        IReadOnlyList<BenchmarkItem> items,
        int concurrency,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default) =>
        RankByAsync(datasetKind, runner, scorer, models, SingleModel, items, concurrency, timeProvider, cancellationToken);

    /// <summary>
    /// Runs each of <paramref name="fusers"/> on the same candidates (<paramref name="candidates"/>) over
    /// <paramref name="items"/> and returns them best first. The candidates are generated once, before any fuser runs
    /// (answers only, not scored), and every fuser's run reads them from the response cache, so a fuser's cost is its
    /// own calls; <see cref="ModelRanking.CandidateCallsRepeated"/> counts generator calls that had to be sent again
    /// (0 when every fuser saw the same candidates).
    /// </summary>
    public static async Task<ModelRanking> RankFusersAsync(
        string datasetKind,
        IArchitectureRunner runner,
        IScorer scorer,
        IReadOnlyList<string> fusers,
        FuserCandidates candidates,
        IReadOnlyList<BenchmarkItem> items,
        int concurrency,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var generate = new BenchmarkRunner(runner, new AnswersOnlyScorer());
        await generate.RunAsync(items, new ArchitectureConfig("candidates", [candidates.Layer()]), new BenchmarkRunOptions { Concurrency = concurrency }, null, cancellationToken)
            .ConfigureAwait(false);
        var counter = new CandidateCallCounter(runner);
        var ranking = await RankByAsync(datasetKind, counter, scorer, fusers, m => Fusing(candidates, m), items, concurrency, timeProvider, cancellationToken)
            .ConfigureAwait(false);
        return ranking with { Role = ModelRanking.FuserRole, Candidates = candidates, CandidateCallsRepeated = counter.Sent };
    }

    private static async Task<ModelRanking> RankByAsync(
        string datasetKind,
        IArchitectureRunner runner,
        IScorer scorer,
        IReadOnlyList<string> models,
        Func<string, ArchitectureConfig> architecture,
        IReadOnlyList<BenchmarkItem> items,
        int concurrency,
        TimeProvider? timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(models);
        var bench = new BenchmarkRunner(runner, scorer);
        var entries = new List<ModelRankingEntry>();
        foreach (var model in models)
        {
            var run = await bench.RunAsync(items, architecture(model), new BenchmarkRunOptions { Concurrency = concurrency }, null, cancellationToken)
                .ConfigureAwait(false);
            entries.Add(new ModelRankingEntry
            {
                Model = model,
                Score = run.Summary.Score,
                Ci95 = run.Summary.Ci95,
                Errors = run.Summary.Errors,
                CostUsd = run.Summary.CostUsd,
                LatencyP50Ms = run.Summary.LatencyP50Ms,
            });
        }

        var ordered = entries.OrderByDescending(e => e.Score).ThenBy(e => e.CostUsd).ThenBy(e => e.Model, StringComparer.Ordinal)
            .Select((e, i) => e with { Rank = i + 1 })
            .ToList();
        return new ModelRanking
        {
            Dataset = datasetKind,
            Items = items.Count,
            CreatedAt = (timeProvider ?? TimeProvider.System).GetUtcNow(),
            Models = ordered,
        };
    }
}
