using Archon.Core.Architectures;
using Archon.Core.Components.Critic;
using Archon.Core.Execution;
using Archon.Core.Models;

namespace Archon.Core.Tests.Components.Critic;

public class CriticComponentTests
{
    [Fact]
    public async Task RunAsync_WellFormedCritiques_AttachesOneToEachCandidate()
    {
        var models = new FakeModelInvoker(_ => """
            {"critiques":[
              {"candidate":2,"strengths":"short","weaknesses":"wrong"},
              {"candidate":1,"strengths":"right","weaknesses":"long"}]}
            """);
        var component = TestData.Create(TestData.Config(ComponentTypes.Critic, model: "judge"));
        var candidates = TestData.Candidates(2);

        var output = await component.RunAsync(TestData.Input(models, candidates), CancellationToken.None);

        Assert.Equal(candidates.Select(c => c.Id), output.Candidates.Select(c => c.Id));
        Assert.Equal(new Core.Candidates.Critique("right", "long", "judge"), output.Candidates[0].Critique);
        Assert.Equal(new Core.Candidates.Critique("short", "wrong", "judge"), output.Candidates[1].Critique);
        Assert.Empty(output.Warnings);
        Assert.Null(candidates[0].Critique);
        Assert.NotNull(Assert.Single(models.Requests).ResponseFormat);
    }

    [Fact]
    public async Task RunAsync_ProseFencesSingleQuotesAndStringIds_AreParsed()
    {
        var models = new FakeModelInvoker(_ => """
            Sure! Here are my critiques.
            ```json
            {'critiques': [{'candidate': '1', 'strengths': "it's right", 'weaknesses': 'none',},]}
            ```
            """);
        var component = TestData.Create(TestData.Config(ComponentTypes.Critic));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(1)), CancellationToken.None);

        Assert.Equal("it's right", output.Candidates[0].Critique?.Strengths);
    }

    [Fact]
    public async Task RunAsync_EntryMissingOrWrongId_LeavesThatCandidateWithoutCritiqueAndWarns()
    {
        var models = new FakeModelInvoker(_ => """{"critiques":[{"candidate":1,"strengths":"a","weaknesses":"b"},{"candidate":7,"strengths":"x","weaknesses":"y"}]}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.Critic));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(3)), CancellationToken.None);

        Assert.NotNull(output.Candidates[0].Critique);
        Assert.Null(output.Candidates[1].Critique);
        Assert.Null(output.Candidates[2].Critique);
        Assert.Contains(output.Warnings, w => w.Contains("2, 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Unparseable_RetriesThenPassesCandidatesThroughWithoutCritiques()
    {
        var models = new FakeModelInvoker(_ => "Candidate 1 is fine, candidate 2 is not.");
        var component = TestData.Create(TestData.Config(ComponentTypes.Critic));
        var candidates = TestData.Candidates(2);

        var output = await component.RunAsync(TestData.Input(models, candidates), CancellationToken.None);

        Assert.Equal(3, models.Requests.Count);
        Assert.Equal(candidates, output.Candidates);
        Assert.All(output.Candidates, c => Assert.Null(c.Critique));
        Assert.Contains(output.Warnings, w => w.Contains("without critiques", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_BudgetExceeded_Propagates()
    {
        var models = new FakeModelInvoker(_ => throw new BudgetExceededException());
        var component = TestData.Create(TestData.Config(ComponentTypes.Critic));

        await Assert.ThrowsAsync<BudgetExceededException>(
            () => component.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_Prompt_FramesAllCandidatesAndStatesReplyShape()
    {
        var models = new FakeModelInvoker(_ => """{"critiques":[]}""");
        var component = TestData.Create(TestData.Config(ComponentTypes.Critic));

        await component.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None);

        var prompt = TestData.Prompt(models.Requests[0]);
        Assert.Contains("<candidate id=\"1\">", prompt, StringComparison.Ordinal);
        Assert.Contains("<candidate id=\"2\">", prompt, StringComparison.Ordinal);
        Assert.Contains("{\"critiques\":[{\"candidate\":1,", prompt, StringComparison.Ordinal);
    }
}
