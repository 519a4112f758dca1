using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.AI;
using static Archon.Core.Tests.Execution.TestArchitectures;

namespace Archon.Core.Tests.Execution;

public class ResolvedArchitectureTests
{
    private static ArchitectureConfig TwoLayers() =>
        Of(Layer(Component(ComponentTypes.Generator), Component(ComponentTypes.Generator)), Layer(Component(ComponentTypes.Fuser)));

    private static FakeChatClient Answering(string text) =>
        new((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))));

    [Fact]
    public async Task RunAsync_ResolvedOnce_RunsAgainWithoutResolving()
    {
        var resolver = new FakeModelResolver().Add("m", Answering("4"));
        var runner = new ArchitectureRunner(resolver, TestComponent.Registry());

        var resolved = runner.Resolve(TwoLayers());
        var afterResolve = resolver.Resolutions;
        var first = await runner.RunAsync(resolved, Question());
        var second = await runner.RunAsync(resolved, Question());

        Assert.Equal(3, afterResolve);
        Assert.Equal(afterResolve, resolver.Resolutions);
        Assert.Equal(StopReason.Completed, first.StopReason);
        Assert.Equal(first.Answer, second.Answer);
    }

    [Fact]
    public async Task RunAsync_Config_ResolvesOncePerRun()
    {
        var resolver = new FakeModelResolver().Add("m", Answering("4"));
        var runner = new ArchitectureRunner(resolver, TestComponent.Registry());

        await runner.RunAsync(TwoLayers(), Question());

        Assert.Equal(3, resolver.Resolutions);
    }

    [Fact]
    public async Task RunAsync_ResolvedByAnotherRunner_UsesThisRunnersModels()
    {
        var other = new ArchitectureRunner(new FakeModelResolver().Add("m", Answering("other")), TestComponent.Registry());
        var mine = new FakeChatClient((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "mine"))));
        var runner = new ArchitectureRunner(new FakeModelResolver().Add("m", mine), TestComponent.Registry());

        var result = await runner.RunAsync(other.Resolve(Of(Layer(Component(ComponentTypes.Generator)))), Question());

        Assert.Equal(1, mine.Calls);
        Assert.Contains("mine", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownModel_ThrowsWithItsPath()
    {
        var runner = new ArchitectureRunner(new FakeModelResolver().Add("m", Answering("4")), TestComponent.Registry());

        var ex = Assert.Throws<InvalidArchitectureException>(() => runner.Resolve(Of(Layer(Component(ComponentTypes.Generator, model: "gpt-9")))));

        Assert.StartsWith("$.layers[0][0].model", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ModelNameOverTheLengthLimit_RefusedBeforeAnyCallEvenWhenTheResolverServesIt()
    {
        var name = new string('m', 300);
        var client = Answering("4");
        var runner = new ArchitectureRunner(new FakeModelResolver().Add(name, client), TestComponent.Registry());

        var ex = await Assert.ThrowsAsync<InvalidArchitectureException>(
            () => runner.RunAsync(Of(Layer(Component(ComponentTypes.Generator, model: name))), Question()));

        Assert.Equal(
            "$.layers[0][0].model: 'model' must be at most 256 characters with no control characters, but it is 300 characters long.",
            Assert.Single(ex.Problems));
        Assert.Equal(0, client.Calls);
    }

    [Fact]
    public async Task RunAsync_Unresolved_IsCheckedWhenItRuns()
    {
        var runner = new ArchitectureRunner(new FakeModelResolver().Add("m", Answering("4")), TestComponent.Registry());

        var unresolved = ResolvedArchitecture.Unresolved(Of(Layer(Component("summariser"))));

        var ex = await Assert.ThrowsAsync<InvalidArchitectureException>(() => runner.RunAsync(unresolved, Question()));
        Assert.StartsWith("$.layers[0][0].type", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }
}
