using Archon.Search.Driver;
using Archon.Search.Reporting;

namespace Archon.Search.Tests.Reporting;

public sealed class ParetoFrontTests
{
    private static TrialRecord T(int n, double score, decimal usd, double p95, double full = 1) =>
        new() { Number = n, PointIndex = n, Key = $"p{n}", Score = score, Objective = score, UsdPerQuery = usd, P95LatencyMs = p95, FullEquivalent = full };

    [Fact]
    public void Of_MixedTrials_KeepsOnlyNonDominatedFullEvaluations()
    {
        var trials = new[]
        {
            T(1, 80, 0.10m, 100),
            T(2, 70, 0.05m, 100),  // cheaper: on the front
            T(3, 70, 0.06m, 100),  // dominated by 2
            T(4, 60, 0.05m, 50),   // faster: on the front
            T(5, 95, 0.01m, 10, full: 1.0 / 9), // subsample only: never on the front
            T(6, 80, 0.10m, 120),  // dominated by 1
        };
        Assert.Equal(["p1", "p2", "p4"], ParetoFront.Of(trials).Select(t => t.Key));
        Assert.Equal("p1", ParetoFront.Best(trials)!.Key);
    }
}
