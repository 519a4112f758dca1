using System.Text.Json;
using Archon.Service.Searches;

namespace Archon.Service.Tests.Searches;

public sealed class SearchBestTests
{
    [Fact]
    public void Of_SubsampleScoresHigher_PicksTheBestFullEvaluation()
    {
        var trials = new[] { Trial(0, 1.0, 0.01m, items: 4), Trial(1, 0.7, 0.02m, items: 12), Trial(2, 0.8, 0.05m, items: 12) };

        Assert.Equal(2, SearchBest.Of(trials, 12)!.Index);
    }

    [Fact]
    public void Of_EqualScores_PicksTheCheaperThenTheEarlier()
    {
        var trials = new[] { Trial(0, 0.8, 0.05m), Trial(1, 0.8, 0.01m), Trial(2, 0.8, 0.01m), Trial(3, 0.9, 0.5m, status: TrialStatuses.Failed) };

        Assert.Equal(1, SearchBest.Of(trials, 12)!.Index);
    }

    [Fact]
    public void Of_EqualScores_FewerCallsWinsOverALowerCostFromTheCache()
    {
        // Trial 0 paid less only because the cache answered its shared calls; trial 1 makes fewer calls in use.
        var trials = new[] { Trial(0, 0.8, 0.001m, calls: 60), Trial(1, 0.8, 0.03m, calls: 36) };

        Assert.Equal(1, SearchBest.Of(trials, 12)!.Index);
    }

    [Fact]
    public void Of_NoFullEvaluationYet_PicksTheBestSubsample()
    {
        var trials = new[] { Trial(0, 0.5, 0.01m, items: 4), Trial(1, 0.75, 0.01m, items: 4) };

        Assert.Equal(1, SearchBest.Of(trials, 12)!.Index);
    }

    [Fact]
    public void Of_NothingCompleted_IsNull() =>
        Assert.Null(SearchBest.Of([Trial(0, 0, 0, status: TrialStatuses.Failed)], 12));

    private static SearchTrial Trial(int index, double score, decimal cost, int items = 12, string status = TrialStatuses.Completed, int calls = 24) =>
        new(index, $"a{index}", JsonSerializer.SerializeToElement(new { }), null, status, score, null, cost, null, index, $"k{index}", items, calls);
}
