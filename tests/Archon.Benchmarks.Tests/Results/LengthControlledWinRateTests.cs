using Archon.Benchmarks.Results;

namespace Archon.Benchmarks.Tests.Results;

public class LengthControlledWinRateTests
{
    private static ItemResult Game(int i, double preference, int answerChars, int baselineChars) =>
        new() { ItemId = $"i{i}", Score = preference, Answer = new string('a', answerChars), BaselineChars = baselineChars };

    [Fact]
    public void Compute_WinsOnlyWhenLonger_LengthControlledFallsBelowTheRawWinRate()
    {
        // A judge that prefers whichever answer is longer: the answer is longer on 70% of items and wins exactly those.
        var results = Enumerable.Range(0, 200)
            .Select(i => i % 10 < 7 ? Game(i, 1, 900 + (i % 13), 300) : Game(i, 0, 200, 600 + (i % 11)))
            .ToList();

        var raw = BenchmarkSummary.Compute(results).Score;
        var lc = LengthControlledWinRate.Compute(results)!;

        Assert.Equal(0.7, raw, 9);
        Assert.True(lc.WinRate < raw - 0.1, $"length-controlled {lc.WinRate:0.000} vs raw {raw:0.000}");
        Assert.True(lc.LengthCoefficient > 1, $"length weight {lc.LengthCoefficient}");
        Assert.Equal(200, lc.Items);
        Assert.InRange(lc.WinRate, lc.Ci95[0], lc.Ci95[1]);
    }

    [Fact]
    public void Compute_PreferenceUnrelatedToLength_MatchesTheRawWinRate()
    {
        var results = Enumerable.Range(0, 300)
            .Select(i => Game(i, i % 3 == 0 ? 1 : i % 3 == 1 ? 0.5 : 0, 100 + (i * 37 % 400), 100 + (i * 53 % 400)))
            .ToList();

        var lc = LengthControlledWinRate.Compute(results)!;

        Assert.Equal(0.5, lc.WinRate, 1);
        Assert.True(Math.Abs(lc.LengthCoefficient) < 0.5, $"length weight {lc.LengthCoefficient}");
    }

    [Fact]
    public void Compute_AllWins_StaysFiniteNearOne()
    {
        var results = Enumerable.Range(0, 50).Select(i => Game(i, 1, 100 + i, 100)).ToList();

        var lc = LengthControlledWinRate.Compute(results)!;

        Assert.InRange(lc.WinRate, 0.95, 1.0);
        Assert.False(double.IsNaN(lc.LengthCoefficient));
    }

    [Fact]
    public void Compute_ErrorsUnscoredAndItemsWithoutBaselineLength_LeftOut()
    {
        var results = new List<ItemResult>
        {
            Game(0, 1, 10, 10),
            Game(1, 0, 10, 10),
            Game(2, 1, 10, 10) with { Error = "boom" },
            Game(3, 1, 10, 10) with { Score = null },
            Game(4, 1, 10, 10) with { BaselineChars = null },
        };

        Assert.Equal(2, LengthControlledWinRate.Compute(results)!.Items);
        Assert.Null(LengthControlledWinRate.Compute(results.Take(1)));
    }

    [Fact]
    public void CharCount_CountsUnicodeScalars()
    {
        Assert.Equal(3, LengthControlledWinRate.CharCount("a😀b"));
        Assert.Equal(0, LengthControlledWinRate.CharCount(null));
    }
}
