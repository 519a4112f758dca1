using Archon.Models.Pipeline;

namespace Archon.Models.Tests.Pipeline;

public sealed class LogTextTests
{
    [Fact]
    public void Clip_ShortText_IsUnchanged()
    {
        Assert.Equal("sim-large", LogText.Clip("sim-large"));
    }

    [Fact]
    public void Clip_ControlCharacters_BecomeSpaces()
    {
        Assert.Equal("gpt-4o  fake line", LogText.Clip("gpt-4o\r\nfake line"));
    }

    [Fact]
    public void Clip_LongText_IsCutSayingHowMuch()
    {
        var clipped = LogText.Clip(new string('x', 20_000));

        Assert.StartsWith(new string('x', LogText.MaxLength) + "…", clipped, StringComparison.Ordinal);
        Assert.EndsWith($"({20_000 - LogText.MaxLength} more characters)", clipped, StringComparison.Ordinal);
        Assert.True(clipped.Length < LogText.MaxLength + 40);
    }
}
