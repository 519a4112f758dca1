using Archon.Cli.Bench;
using Archon.Cli.Tests.Commands;
using Archon.Models.Setup;

namespace Archon.Cli.Tests.Bench;

public sealed class BenchEnvironmentTests
{
    private const string PublishedNames =
        """{"name":"p","layers":[[{"type":"generator","model":"gpt-4o","model_type":"OpenAI_API"},{"type":"generator","model":"claude-3-5-sonnet-20240620"}],[{"type":"fuser","model":"gpt-4o"}]]}""";

    [Fact]
    public void LoadArchitecture_SimulateWithPublishedModelNames_LoadsWithoutProblems()
    {
        using var config = new TempConfig(PublishedNames);
        var env = BenchEnvironment.Create(new ModelSetupOptions { Simulate = true }, TextWriter.Null)!;
        using var error = new StringWriter();

        var architecture = env.LoadArchitecture(config.Path, "--config", error);

        Assert.NotNull(architecture);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void LoadArchitecture_UnknownModelUsedTwice_EachProblemPrintedOnce()
    {
        using var config = new TempConfig(PublishedNames);
        var env = BenchEnvironment.Create(new ModelSetupOptions(), TextWriter.Null)!;
        using var error = new StringWriter();

        Assert.Null(env.LoadArchitecture(config.Path, "--config", error));

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Single(lines, l => l.Contains("'gpt-4o'", StringComparison.Ordinal) && l.Contains("$.layers[0][0].model (and $.layers[1][0].model)", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("'claude-3-5-sonnet-20240620'", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadArchitecture_CatalogRoutingModelTypes_LoadsThePublishedNames()
    {
        using var config = new TempConfig("""{"name":"p","layers":[[{"type":"generator","model":"Qwen/Qwen2-72B-Instruct","model_type":"Together_API"}]]}""");
        var env = BenchEnvironment.Create(
            new ModelSetupOptions { CatalogJson = """{"models":[{"name":"together","kind":"openai-compatible","endpoint":"http://127.0.0.1:9/v1/","modelTypes":["Together_API"]}]}""" },
            TextWriter.Null)!;
        using var error = new StringWriter();

        Assert.NotNull(env.LoadArchitecture(config.Path, "--config", error));
        Assert.Equal(string.Empty, error.ToString());
    }
}
