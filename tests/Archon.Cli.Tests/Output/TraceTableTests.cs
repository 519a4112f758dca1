using Archon.Cli.Output;

namespace Archon.Cli.Tests.Output;

public class TraceTableTests
{
    [Fact]
    public void Write_Result_OneRowPerComponentAndTotal()
    {
        using var writer = new StringWriter();

        TraceTable.Write(SampleResults.TwoLayers(), writer);

        var lines = writer.ToString().Split('\n');
        var generator = Assert.Single(lines, l => l.Contains("generator #0", StringComparison.Ordinal));
        Assert.Contains("sim-small", generator, StringComparison.Ordinal);
        Assert.Contains("240/82", generator, StringComparison.Ordinal);
        Assert.Contains("0.0002", generator, StringComparison.Ordinal);
        var total = Assert.Single(lines, l => l.TrimStart().StartsWith("total", StringComparison.Ordinal));
        Assert.Contains("540/142", total, StringComparison.Ordinal);
        Assert.Contains("205 (critical path 200)", total, StringComparison.Ordinal);
        Assert.Contains("(cache saved 0.0012)", total, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", writer.ToString(), StringComparison.Ordinal);
    }
}
