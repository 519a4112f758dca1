using Archon.Benchmarks.Scoring;

namespace Archon.Benchmarks.Tests.Scoring;

public class OutputComparerTests
{
    [Theory]
    [InlineData("3\n", "3")]
    [InlineData("1 2\n3 4\n", "1 2 3 4")]
    [InlineData("YES\n", "YES  \n\n")]
    [InlineData("2.500000\n", "2.5\n")]
    [InlineData("1.333333\n", "1.3333333333\n")]
    [InlineData("1000000.5", "1000000.5000001")]
    public void Matches_SameTokensOrCloseDecimals_True(string expected, string actual)
    {
        Assert.True(OutputComparer.Matches(expected, actual), OutputComparer.FirstDifference(expected, actual));
    }

    [Theory]
    [InlineData("3\n", "4\n", "token 1: expected '3', got '4'")]
    [InlineData("YES\n", "Yes\n", "token 1: expected 'YES', got 'Yes'")]
    [InlineData("1 2\n", "1\n", "expected 2 tokens, got 1")]
    [InlineData("2.5\n", "2.51\n", "token 1: expected '2.5', got '2.51'")]
    [InlineData("10\n", "10.0000001\n", null)]
    public void FirstDifference_DifferentOutputs_NamesTheFirstToken(string expected, string actual, string? difference)
    {
        Assert.Equal(difference, OutputComparer.FirstDifference(expected, actual));
    }

    [Fact]
    public void FirstDifference_LongTokens_AreCut()
    {
        var difference = OutputComparer.FirstDifference(new string('a', 1000), new string('b', 1000));

        Assert.NotNull(difference);
        Assert.True(difference.Length < 100, difference);
    }
}
