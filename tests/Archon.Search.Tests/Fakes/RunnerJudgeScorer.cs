using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.AI;

namespace Archon.Search.Tests.Fakes;

/// <summary>A judge-style scorer: asks <paramref name="judge"/> one question per item ("judge {id}") and scores 1.</summary>
internal sealed class RunnerJudgeScorer(IArchitectureRunner judge) : IScorer
{
    private static readonly ArchitectureConfig JudgeArchitecture =
        new("judge", [new LayerConfig([new ComponentConfig { Type = "generator", Model = "judge-model" }])]);

    public async Task<ItemScore> ScoreAsync(BenchmarkItem item, IReadOnlyList<string> answers, CancellationToken cancellationToken)
    {
        var verdict = await judge.RunAsync(JudgeArchitecture, [new ChatMessage(ChatRole.User, $"judge {item.Id}")], null, cancellationToken);
        return ItemScore.Exact(true, null) with { JudgeUsage = verdict.Trace.Totals };
    }
}
