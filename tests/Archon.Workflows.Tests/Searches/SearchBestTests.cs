using Archon.Workflows.Searches;

namespace Archon.Workflows.Tests.Searches;

public sealed class SearchBestTests
{
    [Fact]
    public void Of_TiedScores_PrefersFewerCallsThenLowerCostThenEarlier()
    {
        SearchTrialState[] trials =
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
        SearchTrialState[] trials = [Trial(0, 1.0, calls: 4, cost: 0m, items: 3), Trial(1, 0.7, calls: 10, cost: 0m, items: 10)];

        Assert.Equal(1, SearchBest.Of(trials, 10)!.Index);
    }

    [Fact]
    public void Of_NoFullEvaluationYet_TakesTheBestSubsampleAndIgnoresFailures()
    {
        SearchTrialState[] trials =
        [
            Trial(0, 0.5, calls: 4, cost: 0m, items: 3),
            Trial(1, 0.6, calls: 4, cost: 0m, items: 3),
            Trial(2, null, calls: null, cost: null, items: 10) with { Status = SearchTrialStatus.Failed },
        ];

        Assert.Equal(1, SearchBest.Of(trials, 10)!.Index);
        Assert.Null(SearchBest.Of([trials[2]], 10));
    }

    private static SearchTrialState Trial(int index, double? score, int? calls, decimal? cost, int? items = null) =>
        new(index, $"a{index}", $"s-t{index}", SearchTrialStatus.Completed, Items: items, Score: score, Calls: calls, CostUsd: cost);
}
