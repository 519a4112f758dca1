using Archon.Benchmarks.Scoring;

namespace Archon.Benchmarks.Tests.Scoring;

public class JudgeVerdictsTests
{
    [Theory]
    [InlineData("My final verdict is: [[A>>B]]", PairwiseVerdict.AMuchBetter)]
    [InlineData("verdict [[A>B]]", PairwiseVerdict.ABetter)]
    [InlineData("[[A=B]]", PairwiseVerdict.Tie)]
    [InlineData("[[B=A]]", PairwiseVerdict.Tie)]
    [InlineData("[[ B > A ]]", PairwiseVerdict.BBetter)]
    [InlineData("[[B>>A]]", PairwiseVerdict.BMuchBetter)]
    [InlineData("[[a<b]]", PairwiseVerdict.BBetter)]
    [InlineData("[[A<<B]]", PairwiseVerdict.BMuchBetter)]
    [InlineData("Final verdict: [B>A]", PairwiseVerdict.BBetter)]
    [InlineData("I considered [[A>B]] at first. Final: [[A>B]]", PairwiseVerdict.ABetter)]
    public void ParsePairwise_VerdictForms_Parsed(string text, PairwiseVerdict expected)
    {
        Assert.Equal(expected, JudgeVerdicts.ParsePairwise(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Both are fine.")]
    [InlineData("[[A>B]] no wait [[B>A]]")]
    [InlineData("[[A>A]]")]
    [InlineData("[[C>D]]")]
    [InlineData("}}}{{[[>>]]\u0000garbage")]
    public void ParsePairwise_GarbageOrConflict_ReturnsNull(string text)
    {
        Assert.Null(JudgeVerdicts.ParsePairwise(text));
    }

    [Theory]
    [InlineData("Rating: [[7]]", 7)]
    [InlineData("[[8.5]]", 8.5)]
    [InlineData("Rating: 6", 6)]
    [InlineData("[[9/10]]", 9)]
    public void ParseRating_Forms_Parsed(string text, double expected)
    {
        Assert.Equal(expected, JudgeVerdicts.ParseRating(text));
    }

    [Theory]
    [InlineData("Rating: [[11]]")]
    [InlineData("Rating: [[0]]")]
    [InlineData("excellent!")]
    public void ParseRating_OutOfRangeOrGarbage_ReturnsNull(string text)
    {
        Assert.Null(JudgeVerdicts.ParseRating(text));
    }

    [Theory]
    [InlineData("[[1.0]]", 1.0)]
    [InlineData("Score: 0.5", 0.5)]
    public void ParseScore_Forms_Parsed(string text, double expected)
    {
        Assert.Equal(expected, JudgeVerdicts.ParseScore(text));
    }

    [Theory]
    [InlineData("Assistant A is more accurate. [[A]]", PairwiseVerdict.ABetter)]
    [InlineData("[[b]]", PairwiseVerdict.BBetter)]
    [InlineData("Both equally good: [[C]]", PairwiseVerdict.Tie)]
    [InlineData("[[A]] ... on reflection still [[A]]", PairwiseVerdict.ABetter)]
    [InlineData("Arena labels also work: [[B>>A]]", PairwiseVerdict.BMuchBetter)]
    public void ParseWinner_MtBenchLabels_Parsed(string text, PairwiseVerdict expected)
    {
        Assert.Equal(expected, JudgeVerdicts.ParseWinner(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[[A]] no, [[B]]")]
    [InlineData("[[D]]")]
    [InlineData("no verdict at all")]
    public void ParseWinner_MissingOrConflicting_ReturnsNull(string text)
    {
        Assert.Null(JudgeVerdicts.ParseWinner(text));
    }
}
