using Archon.Core.Synthetic;

namespace Archon.Core.Tests.Synthetic;

public sealed class SyntheticTasksTests
{
    [Fact]
    public void Generate_SameSeed_SameTasks()
    {
        var a = SyntheticTasks.Generate(50, seed: 11);
        var b = SyntheticTasks.Generate(50, seed: 11);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentTasks()
    {
        var a = SyntheticTasks.Generate(20, seed: 1).Select(t => t.Question);
        var b = SyntheticTasks.Generate(20, seed: 2).Select(t => t.Question);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Generate_ManyTasks_UsesEveryTemplateAndPositiveAnswersAndUniqueIds()
    {
        var tasks = SyntheticTasks.Generate(300, seed: 5);
        Assert.Equal(300, tasks.Select(t => t.Id).Distinct().Count());
        Assert.All(tasks, t => Assert.True(t.Answer > 0, t.Question));
        var openings = tasks.Select(t => string.Join(' ', t.Question.Split(' ').Skip(1).Take(2))).Distinct().Count();
        Assert.True(openings >= 6, $"only {openings} distinct question shapes");
    }

    [Fact]
    public void TrySolve_EveryGeneratedQuestion_RecoversExactAnswer()
    {
        foreach (var task in SyntheticTasks.Generate(500, seed: 42))
        {
            Assert.True(SyntheticTasks.TrySolve(task.Question, out var answer), task.Question);
            Assert.Equal(task.Answer, answer);
        }
    }

    [Fact]
    public void TrySolve_KnownQuestion_ComputesArithmetic()
    {
        const string q = "Mia has 17 marbles. She buys 4 bags with 6 marbles each and gives away 9. How many marbles does Mia have now?";
        Assert.True(SyntheticTasks.TrySolve(q, out var answer));
        Assert.Equal(32, answer);
    }

    [Fact]
    public void TryExplain_KnownQuestion_ReturnsWorkingExpression()
    {
        const string q = "Mia has 17 marbles. She buys 4 bags with 6 marbles each and gives away 9. How many marbles does Mia have now?";
        Assert.True(SyntheticTasks.TryExplain(q, out var answer, out var working));
        Assert.Equal(32, answer);
        Assert.Equal("17 + 4 × 6 − 9", working);
    }

    [Fact]
    public void TrySolve_QuestionEmbeddedInPromptWithWrappedLines_Solves()
    {
        var prompt = "You are a ranker.\n<query>\nA train carries 50 passengers. At the first stop 10 passengers get off\nand 5 get on. At the second stop the number of passengers triples. How many passengers are on the train now?\n</query>\n<candidate id=\"1\">\nAnswer: 3\n</candidate>";
        Assert.True(SyntheticTasks.TrySolve(prompt, out var answer));
        Assert.Equal(135, answer);
    }

    [Fact]
    public void TrySolve_QueryBlockTakesPrecedenceOverQuotedQuestionElsewhere()
    {
        var other = SyntheticTasks.Generate(1, seed: 3)[0];
        var asked = SyntheticTasks.Generate(1, seed: 4)[0];
        Assert.NotEqual(other.Answer, asked.Answer);
        var prompt = $"Example: {other.Question}\n<query>\n{asked.Question}\n</query>";
        Assert.True(SyntheticTasks.TrySolve(prompt, out var answer));
        Assert.Equal(asked.Answer, answer);
    }

    [Theory]
    [InlineData("What is the capital of France?")]
    [InlineData("")]
    [InlineData(null)]
    public void TrySolve_OtherText_ReturnsFalse(string? text)
    {
        Assert.False(SyntheticTasks.TrySolve(text, out _));
    }

    [Theory]
    [InlineData("Working: 3 + 4 = 7.\nAnswer: 7", 7L)]
    [InlineData("Answer: 1,234", 1234L)]
    [InlineData("**Answer:** 12", 12L)]
    [InlineData("**Answer**: 12", 12L)]
    [InlineData("Answer: 42.", 42L)]
    [InlineData("answer: -5", -5L)]
    [InlineData("Answer: $250", 250L)]
    [InlineData("Answer: 8.0", 8L)]
    [InlineData("[simulated] Working: 2 x 3 = 6.\nAnswer: 6", 6L)]
    [InlineData("Answer: 3\nOn reflection, that was wrong.\nAnswer: 4", 4L)]
    public void ExtractAnswer_VariousFormats_ReadsLastInteger(string response, long expected)
    {
        Assert.Equal(expected, SyntheticTasks.ExtractAnswer(response));
    }

    [Theory]
    [InlineData("The result is 12")]
    [InlineData("Answer: twelve")]
    [InlineData("Answer: 2.5")]
    [InlineData("")]
    public void ExtractAnswer_NoIntegerAnswer_ReturnsNull(string response)
    {
        Assert.Null(SyntheticTasks.ExtractAnswer(response));
    }
}
