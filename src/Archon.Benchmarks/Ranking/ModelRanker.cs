using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Execution;

namespace Archon.Benchmarks.Ranking;

/// <summary>Scores each model alone (one generator, one sample) over the same items and ranks them.</summary>
public static class ModelRanker
{
    /// <summary>The one-generator architecture used for <paramref name="model"/>.</summary>
    public static ArchitectureConfig SingleModel(string model) =>
        new($"single-{model}", [new LayerConfig([new ComponentConfig { Type = ComponentTypes.Generator, Model = model }])]);

    /// <summary>Runs every model over <paramref name="items"/> and returns them best first (score, then lower cost).</summary>
    public static async Task<ModelRanking> RankAsync(
        string datasetKind,
        IArchitectureRunner runner,
        IScorer scorer,
        IReadOnlyList<string> models,
        IReadOnlyList<BenchmarkItem> items,
        int concurrency,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        var bench = new BenchmarkRunner(runner, scorer);
        var entries = new List<ModelRankingEntry>();
        foreach (var model in models)
        {
            var run = await bench.RunAsync(items, SingleModel(model), new BenchmarkRunOptions { Concurrency = concurrency }, null, cancellationToken)
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
