using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components.Fuser;
using Archon.Core.Components;
using Microsoft.Extensions.AI;

namespace Archon.Core.Tests.Components.Fuser;

public class FuserComponentTests
{
    [Fact]
    public async Task RunAsync_TwoSamples_ReturnsOneFusedCandidatePerSample()
    {
        var models = new FakeModelInvoker(r => $"fused {r.Sample}");
        var component = TestData.Create(TestData.Config(ComponentTypes.Fuser, model: "f", samples: 2));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(3), layer: 2, componentIndex: 1), CancellationToken.None);

        Assert.Equal(["L2.c1.s0", "L2.c1.s1"], output.Candidates.Select(c => c.Id));
        Assert.Equal(["fused 0", "fused 1"], output.Candidates.Select(c => c.Text));
        Assert.All(output.Candidates, c => Assert.Equal(ComponentTypes.Fuser, c.Source.Component));
        Assert.All(models.Requests, r => Assert.Null(r.ResponseFormat));
    }

    [Fact]
    public async Task RunAsync_Default_PromptFramesQueryAndEveryCandidate()
    {
        var models = new FakeModelInvoker(_ => "fused");
        var component = TestData.Create(TestData.Config(ComponentTypes.Fuser));

        await component.RunAsync(TestData.Input(models, TestData.Candidates(3)), CancellationToken.None);

        var request = Assert.Single(models.Requests);
        var prompt = TestData.Prompt(request);
        Assert.Contains(PromptFormat.Query(TestData.Query), prompt, StringComparison.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains(PromptFormat.Candidate(i + 1, $"answer number {i}"), prompt, StringComparison.Ordinal);
        }

        Assert.Equal(ChatRole.System, request.Messages[0].Role);
        Assert.DoesNotContain("<critique", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FirstK_FusesOnlyTheFirstCandidates()
    {
        var models = new FakeModelInvoker(_ => "fused");
        var component = TestData.Create(TestData.Config(ComponentTypes.Fuser, settingsJson: """{"first_k":2}"""));

        await component.RunAsync(TestData.Input(models, TestData.Candidates(4)), CancellationToken.None);

        var prompt = TestData.Prompt(Assert.Single(models.Requests));
        Assert.Contains("<candidate id=\"2\">", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("<candidate id=\"3\">", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("answer number 2", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CandidatesCarryCritiques_IncludesEachAfterItsCandidateByDefault()
    {
        var models = new FakeModelInvoker(_ => "fused");
        var critique = new Critique("clear", "wrong sum", "c");
        var candidates = new List<Candidate> { TestData.Candidate(0, critique: critique), TestData.Candidate(1) };
        var component = TestData.Create(TestData.Config(ComponentTypes.Fuser));

        await component.RunAsync(TestData.Input(models, candidates), CancellationToken.None);

        var prompt = TestData.Prompt(Assert.Single(models.Requests));
        Assert.Contains(PromptFormat.CritiqueOf(1, critique), prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UseCritiquesFalse_LeavesCritiquesOut()
    {
        var models = new FakeModelInvoker(_ => "fused");
        var candidates = new List<Candidate> { TestData.Candidate(0, critique: new Critique("clear", "wrong sum", "c")) };
        var component = TestData.Create(TestData.Config(ComponentTypes.Fuser, settingsJson: """{"use_critiques":false}"""));

        await component.RunAsync(TestData.Input(models, candidates), CancellationToken.None);

        Assert.DoesNotContain("wrong sum", TestData.Prompt(Assert.Single(models.Requests)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LengthControl_AsksForConciseAnswer()
    {
        var models = new FakeModelInvoker(_ => "fused");
        var plain = TestData.Create(TestData.Config(ComponentTypes.Fuser));
        var concise = TestData.Create(TestData.Config(ComponentTypes.Fuser, settingsJson: """{"length_control":true}"""));

        await plain.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None);
        await concise.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None);

        Assert.DoesNotContain("concise", TestData.Prompt(models.Requests[0]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("concise", TestData.Prompt(models.Requests[1]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_UnitTestsExist_QueryCarriesThem()
    {
        var models = new FakeModelInvoker(_ => "fused");
        var component = TestData.Create(TestData.Config(ComponentTypes.Fuser));

        await component.RunAsync(TestData.Input(models, TestData.Candidates(2), unitTests: ["says 42"]), CancellationToken.None);

        var prompt = TestData.Prompt(Assert.Single(models.Requests));
        Assert.Contains("should pass the following unit tests:\n- says 42\n</query>", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoCandidates_MakesNoCallAndWarns()
    {
        var models = new FakeModelInvoker(_ => "fused");
        var component = TestData.Create(TestData.Config(ComponentTypes.Fuser));

        var output = await component.RunAsync(TestData.Input(models), CancellationToken.None);

        Assert.Empty(output.Candidates);
        Assert.Empty(models.Requests);
        Assert.Single(output.Warnings);
    }

    [Fact]
    public async Task RunAsync_CallFails_DropsSampleWithWarning()
    {
        var models = new FakeModelInvoker(r => r.Sample == 0 ? throw new TimeoutException("slow") : "fused");
        var component = TestData.Create(TestData.Config(ComponentTypes.Fuser, samples: 2));

        var output = await component.RunAsync(TestData.Input(models, TestData.Candidates(2)), CancellationToken.None);

        Assert.Equal("L1.c0.s1", Assert.Single(output.Candidates).Id);
        Assert.Single(output.Warnings);
    }

    [Fact]
    public async Task RunAsync_MultiTurnConversation_KeepsEarlierTurnsAndLeavesCallerMessagesAlone()
    {
        var models = new FakeModelInvoker(_ => "fused");
        List<ChatMessage> conversation =
        [
            new(ChatRole.System, "sys"),
            new(ChatRole.User, "first question"),
            new(ChatRole.Assistant, "first answer"),
            new(ChatRole.User, TestData.Query),
        ];
        var before = conversation.Select(m => (m.Role, m.Text)).ToList();
        var component = TestData.Create(TestData.Config(ComponentTypes.Fuser, settingsJson: """{"no_system":true}"""));

        await component.RunAsync(TestData.Input(models, TestData.Candidates(2), conversation: conversation), CancellationToken.None);

        var sent = Assert.Single(models.Requests).Messages;
        Assert.Equal(["first question", "first answer"], sent.Take(2).Select(m => m.Text));
        Assert.Equal(3, sent.Count);
        Assert.Equal(before, conversation.Select(m => (m.Role, m.Text)));
    }
}
