using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.AI;
using static Archon.Core.Tests.Execution.TestArchitectures;

namespace Archon.Core.Tests.Execution;

public class ComponentStepRunnerTests
{
    private static ComponentStep Step(int layer, int component) => new(layer, component, Sample: null, Question(), [], []);

    private static FakeChatClient Answering(string text) =>
        new((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))));

    [Fact]
    public async Task RunAsync_OneStep_ResolvesOnlyItsOwnComponentsModel()
    {
        var resolver = new FakeModelResolver().Add("m", Answering("4")).Add("n", Answering("unused"));
        var steps = new ComponentStepRunner(resolver, TestComponent.Registry());
        var architecture = Of(
            Layer(Component(ComponentTypes.Generator), Component(ComponentTypes.Generator, model: "n")),
            Layer(Component(ComponentTypes.Fuser, model: "n")));

        var result = await steps.RunAsync(architecture, Step(0, 0));

        Assert.Equal(1, resolver.Resolutions);
        Assert.Equal("4", Assert.Single(result.Output!.Candidates).Text);
        Assert.Single(result.Calls);
    }

    [Fact]
    public async Task RunAsync_StepPastTheLastComponent_ThrowsNamingIt()
    {
        var steps = new ComponentStepRunner(new FakeModelResolver().Add("m", Answering("4")), TestComponent.Registry());

        var ex = await Assert.ThrowsAsync<InvalidArchitectureException>(() => steps.RunAsync(Of(Layer(Component(ComponentTypes.Generator))), Step(0, 1)));

        Assert.StartsWith("$.layers[0][1]", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StepsModelNotInCatalog_ThrowsBeforeAnyCall()
    {
        var client = Answering("4");
        var steps = new ComponentStepRunner(new FakeModelResolver().Add("m", client), TestComponent.Registry());

        var ex = await Assert.ThrowsAsync<InvalidArchitectureException>(
            () => steps.RunAsync(Of(Layer(Component(ComponentTypes.Generator, model: "gpt-9"))), Step(0, 0)));

        Assert.Equal(0, client.Calls);
        Assert.StartsWith("$.layers[0][0].model", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }
}
