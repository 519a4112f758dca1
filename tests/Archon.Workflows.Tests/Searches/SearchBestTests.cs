using Archon.Search.Driver;
using Archon.Workflows.Searches;

namespace Archon.Workflows.Tests.Searches;

public sealed class SearchBestTests
{
    [Fact]
    public void Of_TiedScores_PrefersFewerCallsThenLowerCostThenEarlier()
    {
        TrialRecord[] trials =
        [
            Trial(0, 0.9, calls: 20, cost: 0.01m),
            Trial(1, 0.9, calls: 10, cost: 0.02m),
            Trial(2, 0.9, calls: 10, cost: 0.01m),
            Trial(3, 0.9, calls: 10, cost: 0.01m),
            Trial(4, 0.8, calls: 1, cost: 0m),
        ];

        Assert.Equal(2, SearchBest.Of(trials, 10)!.Index);
    }

    [Fact]
    public void Of_SubsampleScoresHigher_KeepsTheFullEvaluation()
    {
        TrialRecord[] trials = [Trial(0, 1.0, calls: 4, cost: 0m, items: 3), Trial(1, 0.7, calls: 10, cost: 0m, items: 10)];

        Assert.Equal(1, SearchBest.Of(trials, 10)!.Index);
    }

    [Fact]
    public void Of_NoFullEvaluationYet_TakesTheBestSubsampleAndIgnoresFailures()
    {
        TrialRecord[] trials =
        [
            Trial(0, 0.5, calls: 4, cost: 0m, items: 3),
            Trial(1, 0.6, calls: 4, cost: 0m, items: 3),
            Trial(2, null, calls: null, cost: null, items: 10) with { Status = TrialStatus.Failed },
        ];

        Assert.Equal(1, SearchBest.Of(trials, 10)!.Index);
        Assert.Null(SearchBest.Of([trials[2]], 10));
    }

    private static TrialRecord Trial(int index, double? score, int? calls, decimal? cost, int items = 10) =>
        new()
        {
            Number = index + 1, PointIndex = index, Key = $"a{index}", Architecture = $"a{index}", RunId = $"s-t{index}", Items = items,
            RunScore = score, Score = (score ?? 0) * 100, CallsMade = calls ?? 0, UsdSpent = cost ?? 0,
        };
}
