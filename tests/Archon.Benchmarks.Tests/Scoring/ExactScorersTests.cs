using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Benchmarks.Tests.Support;

namespace Archon.Benchmarks.Tests.Scoring;

public class ExactScorersTests
{
    private static BenchmarkItem First(string kind, string fixture, int index = 0) =>
        DatasetLoaders.Load(kind, TestPaths.Fixture(fixture)).Items[index];

    [Theory]
    [InlineData("Tom ends with 7 apples.\n#### 7", true)]
    [InlineData("The answer is 8.", false)]
    [InlineData("no idea", false)]
    public async Task Gsm8k_CommittedNumber_ComparedWithReference(string answer, bool expected)
    {
        var score = await Scorers.ForKind(DatasetKinds.Gsm8k).ScoreAsync(First(DatasetKinds.Gsm8k, "gsm8k.jsonl"), [answer], CancellationToken.None);

        Assert.Equal(expected, score.Correct);
    }

    [Fact]
    public async Task Gsm8k_ThousandsSeparators_Match()
    {
        var item = First(DatasetKinds.Gsm8k, "gsm8k.jsonl", 1);

        var score = await Scorers.ForKind(DatasetKinds.Gsm8k).ScoreAsync(item, ["It costs $2,000.00."], CancellationToken.None);

        Assert.True(score.Correct, score.Detail);
    }

    [Theory]
    [InlineData("Thus $\\boxed{\\left(3,\\dfrac{\\pi}{2}\\right)}$.", true)]
    [InlineData("Thus $\\boxed{(3, \\pi)}$.", false)]
    [InlineData("(3, pi/2) without a box", false)]
    public async Task Math_LastBoxedAgainstReference(string answer, bool expected)
    {
        var score = await Scorers.ForKind(DatasetKinds.Math).ScoreAsync(First(DatasetKinds.Math, "math.jsonl"), [answer], CancellationToken.None);

        Assert.Equal(expected, score.Correct);
    }

    [Fact]
    public async Task Math_EquivalentNumericForm_Correct()
    {
        var score = await Scorers.ForKind(DatasetKinds.Math).ScoreAsync(First(DatasetKinds.Math, "math.jsonl", 1), ["\\boxed{0.83}"], CancellationToken.None);

        Assert.False(score.Correct);
        var exact = await Scorers.ForKind(DatasetKinds.Math).ScoreAsync(First(DatasetKinds.Math, "math.jsonl", 1), ["\\boxed{\\tfrac{10}{12}}"], CancellationToken.None);
        Assert.True(exact.Correct, exact.Detail);
    }

    [Theory]
    [InlineData("B", true)]
    [InlineData("Jupiter", true)]
    [InlineData("A", false)]
    [InlineData("It is the biggest gas giant", false)]
    public async Task MixEval_MultipleChoice_LetterOrText(string answer, bool expected)
    {
        var item = First(DatasetKinds.MixEval, "mixeval.multiple-choice.json");

        var score = await Scorers.ForKind(DatasetKinds.MixEval).ScoreAsync(item, [answer], CancellationToken.None);

        Assert.Equal(expected, score.Correct);
    }

    [Theory]
    [InlineData("Paris", true)]
    [InlineData("paris, france.", true)]
    [InlineData("The capital is Paris.", true)]
    [InlineData("Lyon", false)]
    [InlineData("Parisian", false)]
    public async Task MixEval_FreeForm_NormalisedMatch(string answer, bool expected)
    {
        var item = First(DatasetKinds.MixEval, "mixeval.free-form.json");

        var score = await Scorers.ForKind(DatasetKinds.MixEval).ScoreAsync(item, [answer], CancellationToken.None);

        Assert.Equal(expected, score.Correct);
    }

    [Theory]
    [InlineData("Working...\nAnswer: 42", true)]
    [InlineData("Answer: 41", false)]
    [InlineData("42", false)]
    public async Task Synthetic_AnswerLine(string answer, bool expected)
    {
        var score = await Scorers.ForKind(DatasetKinds.Synthetic).ScoreAsync(First(DatasetKinds.Synthetic, "synthetic.jsonl", 1), [answer], CancellationToken.None);

        Assert.Equal(expected, score.Correct);
    }
}
