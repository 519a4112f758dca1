using Archon.Benchmarks.Datasets;
using Archon.Core.Architectures;
using Archon.Core.Estimation;
using Archon.Core.Models;

namespace Archon.Benchmarks.Running;

/// <summary>What a run will cost before any model is called: architecture (and judge) calls, tokens and dollars.</summary>
public sealed record RunEstimate(int Items, long Calls, long InputTokens, long OutputTokens, decimal CostUsd)
{
    /// <summary>
    /// Estimates a run of <paramref name="architecture"/> over <paramref name="items"/> (one query per turn) plus
    /// <paramref name="judge"/> queries (two per item for pairwise kinds, one per turn for MT-Bench, two per turn for pairwise MT-Bench).
    /// </summary>
    public static RunEstimate For(
        IReadOnlyList<BenchmarkItem> items,
        ArchitectureConfig architecture,
        ArchitectureConfig? judge,
        Func<string, ModelPricing?> pricing)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(architecture);
        var arch = ArchitectureEstimator.Estimate(architecture, pricing);
        var judgeEstimate = judge is null ? null : ArchitectureEstimator.Estimate(judge, pricing);
        long queries = items.Sum(i => (long)i.Turns.Count);
        long judgeQueries = judge is null
            ? 0
            : items.Sum(i => i.Kind switch
            {
                DatasetKinds.ArenaHard or DatasetKinds.AlpacaEval => 2L,
                DatasetKinds.MtBench => i.Turns.Count,
                DatasetKinds.MtBenchPairwise => 2L * i.Turns.Count,
                DatasetKinds.MixEval => i.Options.Count == 0 ? 1 : 0,
                _ => 0,
            });
        return new RunEstimate(
            items.Count,
            (queries * arch.CallsPerQuery) + (judgeQueries * (judgeEstimate?.CallsPerQuery ?? 0)),
            (queries * arch.EstimatedInputTokens) + (judgeQueries * (judgeEstimate?.EstimatedInputTokens ?? 0)),
            (queries * arch.EstimatedOutputTokens) + (judgeQueries * (judgeEstimate?.EstimatedOutputTokens ?? 0)),
            (queries * arch.EstimatedCostUsd) + (judgeQueries * (judgeEstimate?.EstimatedCostUsd ?? 0)));
    }
}
