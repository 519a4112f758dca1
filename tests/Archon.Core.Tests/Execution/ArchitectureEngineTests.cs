using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.AI;
using static Archon.Core.Tests.Execution.TestArchitectures;

namespace Archon.Core.Tests.Execution;

public class ArchitectureEngineTests
{
    private const string Config = """
        {"name": "one", "layers": [[{"type": "generator", "model": "MODEL", "temperature": 0.7, "max_tokens": 100, "samples": 1}]]}
        """;

    [Fact]
    public void Create_Validation_AcceptsTheResolversModelsOnly()
    {
        var engine = ArchitectureEngine.Create(new FakeModelResolver().Add("m", new FakeChatClient()));

        var known = ArchitectureLoader.Parse(Config.Replace("MODEL", "m", StringComparison.Ordinal), "one", engine.Validation);
        var unknown = ArchitectureLoader.Parse(Config.Replace("MODEL", "gpt-9", StringComparison.Ordinal), "one", engine.Validation);

        Assert.True(known.Succeeded);
        Assert.False(unknown.Succeeded);
        Assert.Contains(unknown.Errors, e => e.Path.EndsWith(".model", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_Runner_RunsBuiltInComponentsOnTheResolversModels()
    {
        var client = new FakeChatClient((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "4"))));
        var engine = ArchitectureEngine.Create(new FakeModelResolver().Add("m", client));

        var result = await engine.Runner.RunAsync(Of(Layer(Component(ComponentTypes.Generator))), Question());

        Assert.Equal("4", result.Answer);
        Assert.Equal(1, client.Calls);
    }
}
