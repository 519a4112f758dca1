using Archon.Search.Driver;

namespace Archon.Search.Tests.Driver;

public sealed class SearchLimitsTests
{
    [Fact]
    public void Reached_UnderEveryLimit_ReturnsNull()
    {
        Assert.Null(SearchLimits.Reached(trials: 2, maxTrials: 3, callsMade: 99, budgetCalls: 100, usdSpent: 0.99m, budgetUsd: 1m));
    }

    [Fact]
    public void Reached_NoLimits_ReturnsNull()
    {
        Assert.Null(SearchLimits.Reached(trials: 1_000, maxTrials: null, callsMade: long.MaxValue, budgetCalls: null, usdSpent: 1_000m, budgetUsd: null));
    }

    [Theory]
    [InlineData(3, 5, 100, 100, 0, 1, SearchStopReasons.BudgetCalls)]
    [InlineData(3, 5, 10, 100, 1.5, 1, SearchStopReasons.BudgetUsd)]
    [InlineData(5, 5, 10, 100, 0, 1, SearchStopReasons.MaxTrials)]
    [InlineData(5, 5, 100, 100, 2, 1, SearchStopReasons.BudgetCalls)]
    public void Reached_AtALimit_NamesIt(int trials, int maxTrials, long calls, long budgetCalls, double usd, double budgetUsd, string expected)
    {
        Assert.Equal(expected, SearchLimits.Reached(trials, maxTrials, calls, budgetCalls, (decimal)usd, (decimal)budgetUsd));
    }
}
