using Archon.Benchmarks.Datasets;

namespace Archon.Benchmarks.Tests.Datasets;

public class BoxedAnswerTests
{
    [Theory]
    [InlineData("so $\\boxed{\\frac{1}{2}}$.", "\\frac{1}{2}")]
    [InlineData("first \\boxed{1} then \\boxed{\\left( 3, \\frac{\\pi}{2} \\right)}", "\\left( 3, \\frac{\\pi}{2} \\right)")]
    [InlineData("\\boxed{\\{1, 2\\}}", "\\{1, 2\\}")]
    [InlineData("\\boxed{a_{b_{c}}+\\sqrt{\\frac{x}{y}}}", "a_{b_{c}}+\\sqrt{\\frac{x}{y}}")]
    [InlineData("the answer is $\\boxed 7$", "7")]
    [InlineData("\\fbox{12}", "12")]
    public void Last_NestedBraces_ReturnsWholeContent(string text, string expected)
    {
        Assert.Equal(expected, BoxedAnswer.Last(text));
    }

    [Theory]
    [InlineData("no box here")]
    [InlineData("\\boxed{unbalanced")]
    [InlineData("")]
    public void Last_NoCompleteBox_ReturnsNull(string text)
    {
        Assert.Null(BoxedAnswer.Last(text));
    }
}
