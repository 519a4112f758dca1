using Archon.Core.Architectures;
using Archon.Core.Components.Generator;
using Archon.Core.Execution;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Core.Tests.Components.Generator;

public class GeneratorComponentTests
{
    [Fact]
    public async Task RunAsync_ThreeSamples_ReturnsOneCandidatePerSampleWithIdAndSource()
    {
        var models = new FakeModelInvoker((r, _) => Task.FromResult(new ModelCallResult($"reply {r.Sample}", Simulated: true)));
        var component = TestData.Create(TestData.Config(ComponentTypes.Generator, model: "gpt", samples: 3));

        var output = await component.RunAsync(TestData.Input(models, layer: 0, componentIndex: 2), CancellationToken.None);

        Assert.Equal(["L0.c2.s0", "L0.c2.s1", "L0.c2.s2"], output.Candidates.Select(c => c.Id));
        Assert.Equal(["reply 0", "reply 1", "reply 2"], output.Candidates.Select(c => c.Text));
        Assert.All(output.Candidates, c => Assert.True(c.Simulated));
        Assert.Equal(new Core.Candidates.CandidateSource(0, ComponentTypes.Generator, 2, "gpt", 1), output.Candidates[1].Source);
        Assert.Equal([0, 1, 2], models.Requests.Select(r => r.Sample).Order());
        Assert.All(models.Requests, r => Assert.Equal(ComponentTypes.Generator, r.Component));
        Assert.Empty(output.Warnings);
    }

    [Fact]
    public async Task RunAsync_FourSamples_CallsAreInFlightTogether()
    {
        var barrier = new InFlightBarrier(4, TimeSpan.FromSeconds(10));
        var models = new FakeModelInvoker(async (r, ct) =>
        {
            await barrier.ArriveAsync(ct);
            return new ModelCallResult("x", false);
        });
        var component = TestData.Create(TestData.Config(ComponentTypes.Generator, samples: 4));

        var output = await component.RunAsync(TestData.Input(models, layer: 0), CancellationToken.None);

        Assert.Equal(4, output.Candidates.Count);
    }

    [Fact]
    public async Task RunAsync_Default_SendsConversationWithSystemMessageAndLeavesItUnchanged()
    {
        var models = new FakeModelInvoker(_ => "ok");
        var conversation = TestData.Conversation();
        var before = conversation.Select(m => (m.Role, m.Text)).ToList();
        var component = TestData.Create(TestData.Config(ComponentTypes.Generator, samples: 2));

        await component.RunAsync(TestData.Input(models, conversation: conversation, layer: 0), CancellationToken.None);

        Assert.All(models.Requests, r => Assert.Equal(before, r.Messages.Select(m => (m.Role, m.Text))));
        Assert.Equal(before, conversation.Select(m => (m.Role, m.Text)));
        Assert.All(models.Requests, r => Assert.NotSame(conversation, r.Messages));
    }

    [Fact]
    public async Task RunAsync_NoSystem_DropsSystemMessagesFromTheCallOnly()
    {
        var models = new FakeModelInvoker(_ => "ok");
        var conversation = TestData.Conversation();
        var component = TestData.Create(TestData.Config(ComponentTypes.Generator, settingsJson: """{"no_system":true}"""));

        await component.RunAsync(TestData.Input(models, conversation: conversation, layer: 0), CancellationToken.None);

        var sent = Assert.Single(models.Requests).Messages;
        Assert.DoesNotContain(sent, m => m.Role == ChatRole.System);
        Assert.Equal(TestData.Query, Assert.Single(sent).Text);
        Assert.Equal(2, conversation.Count);
    }

    [Fact]
    public async Task RunAsync_OneSampleCallFails_DropsThatSampleWithWarning()
    {
        var models = new FakeModelInvoker(r => r.Sample == 1 ? throw new HttpRequestException("boom") : "fine");
        var component = TestData.Create(TestData.Config(ComponentTypes.Generator, samples: 3));

        var output = await component.RunAsync(TestData.Input(models, layer: 0), CancellationToken.None);

        Assert.Equal(["L0.c0.s0", "L0.c0.s2"], output.Candidates.Select(c => c.Id));
        Assert.Contains(output.Warnings, w => w.Contains("sample 1", StringComparison.Ordinal) && w.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_AllSamplesFail_ReturnsNoCandidatesAndWarning()
    {
        var models = new FakeModelInvoker(_ => throw new InvalidOperationException("down"));
        var component = TestData.Create(TestData.Config(ComponentTypes.Generator, samples: 2));

        var output = await component.RunAsync(TestData.Input(models, layer: 0), CancellationToken.None);

        Assert.Empty(output.Candidates);
        Assert.Contains(output.Warnings, w => w.Contains("every sample failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_BudgetExceeded_Propagates()
    {
        var models = new FakeModelInvoker(r => r.Sample == 1 ? throw new BudgetExceededException("max calls") : "fine");
        var component = TestData.Create(TestData.Config(ComponentTypes.Generator, samples: 3));

        await Assert.ThrowsAsync<BudgetExceededException>(
            () => component.RunAsync(TestData.Input(models, layer: 0), CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_CallerCancels_Propagates()
    {
        using var cts = new CancellationTokenSource();
        var models = new FakeModelInvoker(async (_, ct) =>
        {
            await cts.CancelAsync();
            ct.ThrowIfCancellationRequested();
            return new ModelCallResult("never", false);
        });
        var component = TestData.Create(TestData.Config(ComponentTypes.Generator));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => component.RunAsync(TestData.Input(models, layer: 0), cts.Token));
    }
}
