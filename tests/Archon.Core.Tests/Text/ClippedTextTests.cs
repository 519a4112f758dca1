using Archon.Core.Text;

namespace Archon.Core.Tests.Text;

public sealed class ClippedTextTests
{
    [Fact]
    public void Clip_ShortText_IsUnchanged()
    {
        Assert.Equal("sim-large", ClippedText.Clip("sim-large"));
    }

    [Fact]
    public void Clip_Null_IsEmpty()
    {
        Assert.Equal(string.Empty, ClippedText.Clip(null));
    }

    [Fact]
    public void Clip_ControlCharacters_BecomeSpaces()
    {
        Assert.Equal("gpt-4o  fake line", ClippedText.Clip("gpt-4o\r\nfake line"));
    }

    [Fact]
    public void Clip_TextOfExactlyTheLimit_IsUnchanged()
    {
        var text = new string('x', ClippedText.MaxLength);

        Assert.Equal(text, ClippedText.Clip(text));
    }

    [Fact]
    public void Clip_LongText_KeepsTheStartAndSaysHowLongItWas()
    {
        Assert.Equal(new string('x', ClippedText.MaxLength) + "… (100,000 characters)", ClippedText.Clip(new string('x', 100_000)));
    }

    [Fact]
    public void Clip_CutInsideASurrogatePair_DropsTheWholePair()
    {
        var text = new string('x', ClippedText.MaxLength - 1) + "😀" + "tail";

        Assert.Equal(new string('x', ClippedText.MaxLength - 1) + $"… ({text.Length} characters)", ClippedText.Clip(text));
    }
}
