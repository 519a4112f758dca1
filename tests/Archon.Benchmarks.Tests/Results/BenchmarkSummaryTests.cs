using Archon.Benchmarks.Results;

namespace Archon.Benchmarks.Tests.Results;

public class BenchmarkSummaryTests
{
    private static ItemResult R(string id, double? score, string? error = null, double latency = 100, string? category = null) =>
        new() { ItemId = id, Score = score, Error = error, LatencyMs = latency, Calls = 3, CostUsd = 0.01m, Category = category, Correct = score == 1 };

    [Fact]
    public void Compute_ErrorsCountAsZero_UnscoredLeftOut()
    {
        var summary = BenchmarkSummary.Compute([R("a", 1), R("b", 1), R("c", null, "boom"), R("d", null)]);

        Assert.Equal(2.0 / 3, summary.Score, 9);
        Assert.Equal(4, summary.Items);
        Assert.Equal(1, summary.Errors);
        Assert.Equal(1, summary.Unscored);
        Assert.Equal(0.04m, summary.CostUsd);
        Assert.Equal(3, summary.CallsPerItem);
    }

    [Fact]
    public void Compute_Ci95_BracketsScoreAndNarrowsWithMoreItems()
    {
        var small = BenchmarkSummary.Compute(Enumerable.Range(0, 20).Select(i => R($"s{i}", i % 2)));
        var large = BenchmarkSummary.Compute(Enumerable.Range(0, 2000).Select(i => R($"l{i}", i % 2)));

        Assert.InRange(small.Score, small.Ci95[0], small.Ci95[1]);
        Assert.True(small.Ci95[0] < 0.5 && small.Ci95[1] > 0.5);
        Assert.True(large.Ci95[1] - large.Ci95[0] < small.Ci95[1] - small.Ci95[0]);
        Assert.InRange(large.Ci95[1] - large.Ci95[0], 0.02, 0.06);
    }

    [Fact]
    public void Compute_LatencyPercentilesAndCategories()
    {
        var results = Enumerable.Range(1, 100).Select(i => R($"i{i}", i <= 30 ? 1 : 0, latency: i, category: i <= 50 ? "x" : "y")).ToList();

        var summary = BenchmarkSummary.Compute(results);

        Assert.Equal(50.5, summary.LatencyP50Ms, 6);
        Assert.Equal(95.05, summary.LatencyP95Ms, 6);
        Assert.Equal(0.6, summary.Categories["x"].Score, 6);
        Assert.Equal(0, summary.Categories["y"].Score);
        Assert.Equal(50, summary.Categories["y"].Items);
    }

    [Fact]
    public void Compute_CacheSavings_ShownApartFromCost()
    {
        var summary = BenchmarkSummary.Compute([R("a", 1) with { CostUsd = 0.25m, SavedUsd = 1.5m }, R("b", 0) with { CostUsd = 0.5m, SavedUsd = 0m }]);

        Assert.Equal(0.75m, summary.CostUsd);
        Assert.Equal(1.5m, summary.SavedUsd);
    }

    [Fact]
    public void Compute_Empty_IsZero()
    {
        var summary = BenchmarkSummary.Compute([]);

        Assert.Equal(0, summary.Items);
        Assert.Equal(0, summary.Score);
    }

    [Fact]
    public void Compute_AnyItemInLimitsOnlySandbox_SummarySaysSo()
    {
        var isolated = BenchmarkSummary.Compute([R("a", 1) with { Sandbox = "namespaces" }, R("b", 0) with { Sandbox = "namespaces" }]);
        var weaker = BenchmarkSummary.Compute([R("a", 1) with { Sandbox = "namespaces" }, R("b", 0) with { Sandbox = "limits-only" }]);
        var noCode = BenchmarkSummary.Compute([R("a", 1)]);

        Assert.Equal("namespaces", isolated.Sandbox);
        Assert.Null(isolated.SandboxNote);
        Assert.Equal("limits-only", weaker.Sandbox);
        Assert.Contains("WITHOUT namespace isolation", weaker.SandboxNote, StringComparison.Ordinal);
        Assert.Null(noCode.Sandbox);
        Assert.DoesNotContain("sandbox", System.Text.Json.JsonSerializer.Serialize(noCode), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_AlpacaEvalResults_LengthControlledBesideTheRawWinRate()
    {
        var results = Enumerable.Range(0, 40).Select(i => R($"a{i}", i % 4 == 0 ? 1 : 0) with { Answer = new string('x', 100), BaselineChars = 100 }).ToList();

        var summary = BenchmarkSummary.Compute(results);

        Assert.Equal(0.25, summary.Score, 9);
        Assert.NotNull(summary.LengthControlled);
        Assert.Equal(0.25, summary.LengthControlled!.WinRate, 3);
        Assert.Null(BenchmarkSummary.Compute([R("a", 1)]).LengthControlled);
    }
}
