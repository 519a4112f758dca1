using Archon.Search.Driver;

namespace Archon.Search.Tests.Driver;

public sealed class SearchObjectiveTests
{
    [Fact]
    public void Of_CostWeight_TakesPointsPerDollarPerQuery()
    {
        var trial = new TrialRecord { Key = "k", Items = 10, Score = 80, UsdPerQuery = 0.05m };

        Assert.Equal(80, SearchObjective.Of(trial, 0), 9);
        Assert.Equal(80 - (100 * 0.05), SearchObjective.Of(trial, 100), 9);
        Assert.Equal(0, SearchObjective.Of(trial with { Status = TrialStatus.Failed }, 100));
    }
}
