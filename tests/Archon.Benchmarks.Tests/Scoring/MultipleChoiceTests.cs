using Archon.Benchmarks.Scoring;

namespace Archon.Benchmarks.Tests.Scoring;

public class MultipleChoiceTests
{
    private static readonly string[] Options = ["Mars", "Jupiter", "Venus", "Earth"];

    [Theory]
    [InlineData("B", 1)]
    [InlineData("B.", 1)]
    [InlineData("(C) Venus", 2)]
    [InlineData("The answer is (D).", 3)]
    [InlineData("Answer: A", 0)]
    [InlineData("jupiter", 1)]
    [InlineData("I believe it is Venus, the hottest one.", 2)]
    public void Choice_LetterOrText_PicksOption(string answer, int expected)
    {
        Assert.Equal(expected, MultipleChoice.Choice(answer, Options));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mars or Venus")]
    [InlineData("F")]
    [InlineData("A planet far away")]
    public void Choice_NoneOrSeveral_ReturnsNull(string answer)
    {
        Assert.Null(MultipleChoice.Choice(answer, Options));
    }
}
