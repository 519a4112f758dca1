using Archon.Benchmarks.Scoring;

namespace Archon.Benchmarks.Tests.Scoring;

public class LatexAnswerTests
{
    [Theory]
    [InlineData("0.5", "\\frac{1}{2}")]
    [InlineData("\\dfrac{1}{2}", "\\frac12")]
    [InlineData("\\tfrac{3}{4}", "0.75")]
    [InlineData("\\left( 3, \\frac{\\pi}{2} \\right)", "(3,\\frac{\\pi}{2})")]
    [InlineData("10\\text{ cm}", "10")]
    [InlineData("\\text{(B)}", "(B)")]
    [InlineData("90^\\circ", "90")]
    [InlineData("90^{\\circ}", "90")]
    [InlineData("1,\\!000", "1000")]
    [InlineData("5.", "5")]
    [InlineData("x = 5", "5")]
    [InlineData("\\$18.00", "18")]
    [InlineData("50\\%", "50")]
    [InlineData(".5", "\\frac{1}{2}")]
    [InlineData("2\\sqrt{3}", "\\sqrt{12}")]
    [InlineData("3/4", "\\frac{3}{4}")]
    [InlineData("-\\frac{1}{3}", "\\frac{-1}{3}")]
    [InlineData("\\frac{\\sqrt{3}}{2}", "0.8660254037844386")]
    [InlineData("12 inches", "12")]
    [InlineData("\\boxed{4}", "4")]
    public void Equivalent_EquivalentForms_AreEqual(string a, string b)
    {
        Assert.True(LatexAnswer.Equivalent(a, b), $"{a} should equal {b}");
    }

    [Theory]
    [InlineData("0.5", "\\frac{1}{3}")]
    [InlineData("(3, \\frac{\\pi}{2})", "(3, \\pi)")]
    [InlineData("(1,2)", "[1,2]")]
    [InlineData("x^2", "y^2")]
    [InlineData("", "1")]
    [InlineData("12", "1,2")]
    public void Equivalent_DifferentAnswers_AreNotEqual(string a, string b)
    {
        Assert.False(LatexAnswer.Equivalent(a, b), $"{a} should differ from {b}");
    }
}
