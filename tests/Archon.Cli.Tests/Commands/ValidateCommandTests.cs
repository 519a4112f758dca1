using Archon.Cli.Commands;

namespace Archon.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private static Task<(int ExitCode, string Out, string Error)> Validate(params string[] args) =>
        CommandHarness.RunAsync((o, e) => new ValidateCommand(o, e), args);

    [Fact]
    public async Task Validate_ValidConfig_ExitsZeroWithOneLineSummary()
    {
        using var config = new TempConfig(CommandHarness.SamplesThenFuser);

        var (exit, stdout, _) = await Validate(config.Path);

        Assert.Equal(0, exit);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2 layers, 2 components, 4 model calls per query", line, StringComparison.Ordinal);
        Assert.Contains("tokens", line, StringComparison.Ordinal);
        Assert.Contains("$", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SeveralProblems_ExitsOneListingEach()
    {
        using var config = new TempConfig(
            """{"name":"bad","layers":[[{"type":"generator","model":"sim-small","samples":0}],[{"type":"generator","model":"sim-small","temperature":5}]]}""");

        var (exit, stdout, stderr) = await Validate(config.Path);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("$.layers[0][0].samples", stderr, StringComparison.Ordinal);
        Assert.Contains("$.layers[1][0].temperature", stderr, StringComparison.Ordinal);
        Assert.Contains("$.layers[1]", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WarningOnly_ExitsZeroAndPrintsWarning()
    {
        using var config = new TempConfig(
            """{"name":"w","layers":[[{"type":"generator","model":"sim-small","samples":2}],[{"type":"fuser","model":"sim-small","length_contorl":true}]]}""");

        var (exit, stdout, stderr) = await Validate(config.Path);

        Assert.Equal(0, exit);
        Assert.Contains("length_control", stderr, StringComparison.Ordinal);
        Assert.Contains("1 warning", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_CriticWhoseCritiquesReachNothing_ExitsZeroAndWarns()
    {
        using var config = new TempConfig(
            """{"name":"c","layers":[[{"type":"generator","model":"sim-small","samples":2}],[{"type":"critic","model":"sim-small"}],[{"type":"fuser","model":"sim-small","use_critiques":false}]]}""");

        var (exit, stdout, stderr) = await Validate(config.Path);

        Assert.Equal(0, exit);
        Assert.Contains("$.layers[1][0].type", stderr, StringComparison.Ordinal);
        Assert.Contains("reach no ranker or fuser", stderr, StringComparison.Ordinal);
        Assert.Contains("1 warning", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_PublishedCriticConfig_NoWarningBecauseCritiquesReachTheFuser()
    {
        var (exit, stdout, stderr) = await Validate("--simulate", RepositoryFiles.Path("examples/architectures/published/archon-open-models-rank-top5-critic-fuse-qwen2-72b.json"));

        Assert.Equal(0, exit);
        Assert.DoesNotContain("warning", stdout + stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Validate_ModelMissingFromCatalog_ExitsOne_UnlessSimulated()
    {
        using var config = new TempConfig("""{"name":"x","layers":[[{"type":"generator","model":"gpt-4o"}]]}""");

        var (exit, _, stderr) = await Validate(config.Path);
        var (simulated, _, _) = await Validate("--simulate", config.Path);

        Assert.Equal(1, exit);
        Assert.Contains("gpt-4o", stderr, StringComparison.Ordinal);
        Assert.Equal(0, simulated);
    }

    [Fact]
    public async Task Validate_ModelNameOverTheLengthLimit_ExitsOneEvenSimulated()
    {
        using var config = new TempConfig($$"""{"name":"x","layers":[[{"type":"generator","model":"{{new string('g', 20_000)}}"}]]}""");

        var (exit, stdout, stderr) = await Validate("--simulate", config.Path);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("error $.layers[0][0].model: 'model' must be at most 256 characters with no control characters, but it is 20,000 characters long.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('g', 300), stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NoFile_ExitsTwo()
    {
        var (exit, _, stderr) = await Validate();

        Assert.Equal(2, exit);
        Assert.Contains("exactly one config file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsOne()
    {
        var (exit, _, stderr) = await Validate(Path.Combine(Path.GetTempPath(), "does-not-exist.json"));

        Assert.Equal(1, exit);
        Assert.Contains("does-not-exist.json", stderr, StringComparison.Ordinal);
    }
}
