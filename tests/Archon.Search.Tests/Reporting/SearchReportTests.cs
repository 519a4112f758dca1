using Archon.Search.Driver;
using Archon.Search.Reporting;

namespace Archon.Search.Tests.Reporting;

public sealed class SearchReportTests
{
    [Fact]
    public void Render_FinishedSearch_StatesCallsMadeVersusWithoutReuseAndBest()
    {
        var state = new SearchState
        {
            Space = "s",
            SpaceFingerprint = "f",
            Strategy = "bayes",
            SearchItems = 10,
            FeasiblePoints = 5,
            InfeasiblePoints = 2,
            StopReason = SearchStopReasons.BudgetCalls,
            Trials =
            [
                new TrialRecord { Number = 1, PointIndex = 0, Key = "a", Items = 10, FullEquivalent = 1, Score = 60, Objective = 60, CallsMade = 300, CallsWithoutReuse = 300 },
                new TrialRecord { Number = 2, PointIndex = 1, Key = "b", Items = 10, FullEquivalent = 1, Score = 70, Objective = 70, CallsMade = 100, CallsWithoutReuse = 500 },
            ],
        };

        var md = SearchReport.Render(state, heldOut: "68 ± 3 on 40 held-out items");
        Assert.Contains("Model calls made: **400**; without reuse of cached calls: 800 (50% fewer with reuse)", md, StringComparison.Ordinal);
        Assert.Contains("`b`: search score 70", md, StringComparison.Ordinal);
        Assert.Contains("Held-out: 68 ± 3 on 40 held-out items", md, StringComparison.Ordinal);
        Assert.Contains("5 feasible architectures (2 infeasible removed before search)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SimulatedSearch_TitleSaysSo()
    {
        var state = new SearchState { Space = "s", SpaceFingerprint = "f", Strategy = "random" };

        Assert.StartsWith("# Architecture search: s (simulated models)", SearchReport.Render(state with { Simulated = true }), StringComparison.Ordinal);
        Assert.DoesNotContain("simulated", SearchReport.Render(state), StringComparison.Ordinal);
    }
}
