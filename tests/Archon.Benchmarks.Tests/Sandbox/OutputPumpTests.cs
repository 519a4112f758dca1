using System.Text;
using Archon.Benchmarks.Sandbox;

namespace Archon.Benchmarks.Tests.Sandbox;

public class OutputPumpTests
{
    private const string Marker = "0123456789abcdef0123456789abcdef";

    private static async Task<(OutputPump Pump, OutputBudget Budget, int Overruns)> PumpAsync(string text, int keep = 1000, long budgetBytes = 1 << 20)
    {
        var overruns = 0;
        var budget = new OutputBudget(budgetBytes, () => overruns++);
        var pump = new OutputPump(new MemoryStream(Encoding.UTF8.GetBytes(text)), keep, Marker, budget);
        await pump.RunAsync(CancellationToken.None);
        return (pump, budget, overruns);
    }

    [Theory]
    [InlineData("out\n" + Marker + "\n", "out\n")]
    [InlineData("no newline" + Marker + "\n", "no newline")]
    [InlineData("before\n" + Marker + "\nafter\n", "before\nafter\n")]
    public async Task RunAsync_MarkerAtALineEnd_SeenAndRemoved(string text, string kept)
    {
        var (pump, _, _) = await PumpAsync(text);

        Assert.True(pump.MarkerSeen);
        Assert.Equal(kept, pump.Text);
    }

    [Theory]
    [InlineData("out\n")]
    [InlineData(Marker + "x\n")]
    [InlineData("0123456789abcdef\n")]
    public async Task RunAsync_NoMarkerLine_NotSeen(string text)
    {
        var (pump, _, _) = await PumpAsync(text);

        Assert.False(pump.MarkerSeen);
    }

    [Fact]
    public async Task RunAsync_MoreThanKept_TruncatedButMarkerStillSeen()
    {
        var (pump, _, _) = await PumpAsync(new string('x', 50_000) + "\n" + Marker + "\n", keep: 100);

        Assert.True(pump.MarkerSeen);
        Assert.StartsWith(new string('x', 100), pump.Text, StringComparison.Ordinal);
        Assert.EndsWith("[output truncated]", pump.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OverBudget_CallsBackOnceAndStopsKeeping()
    {
        var (pump, budget, overruns) = await PumpAsync(new string('y', 100_000), keep: 1_000_000, budgetBytes: 10_000);

        Assert.True(budget.Exceeded);
        Assert.Equal(1, overruns);
        Assert.True(pump.Text.Length <= 10_000, $"kept {pump.Text.Length}");
    }
}
