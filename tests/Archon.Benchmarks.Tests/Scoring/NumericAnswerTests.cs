using Archon.Benchmarks.Scoring;

namespace Archon.Benchmarks.Tests.Scoring;

public class NumericAnswerTests
{
    [Theory]
    [InlineData("9 * 2 = 18 dollars\n#### 18", 18)]
    [InlineData("So 3 + 4 = 7. The answer is 7.", 7)]
    [InlineData("Final answer: $1,234.50", 1234.5)]
    [InlineData("I think \\boxed{42} is right, not 41", 42)]
    [InlineData("First 3, then 10, finally 25", 25)]
    [InlineData("The answer is: -3", -3)]
    public void Extract_CommittedNumber_IsFound(string text, double expected)
    {
        Assert.Equal((decimal)expected, NumericAnswer.Extract(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no numbers at all")]
    public void Extract_NoNumber_ReturnsNull(string text)
    {
        Assert.Null(NumericAnswer.Extract(text));
    }
}
