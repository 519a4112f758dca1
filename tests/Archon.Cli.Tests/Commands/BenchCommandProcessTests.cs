namespace Archon.Cli.Tests.Commands;

/// <summary><c>archon bench</c> in its own process: published configs run on simulated models under <c>--simulate</c>.</summary>
public sealed class BenchCommandProcessTests : IDisposable
{
    private const string Published = "examples/architectures/published/archon-gpt-4o-and-claude-3.5-sonnet-samples-then-verifier-then-fuser.json";

    private readonly string _dir = Directory.CreateTempSubdirectory("archon-bench-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Bench_SimulatePublishedConfig_MapsItsModelNamesAndLabelsTheSummary()
    {
        var data = await SyntheticDataAsync();

        var (exit, stdout, stderr) = await CliProcess.RunAsync(
            "bench", "--simulate", "--sim-latency-ms", "0", "--dataset", "synthetic", "--data", data, "--config", Published, "--limit", "3");

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("not in the model catalog", stderr, StringComparison.Ordinal);
        Assert.Contains("simulated models", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_DryRunSimulatePublishedConfig_EstimatesOnSimulatedModels()
    {
        var data = await SyntheticDataAsync();

        var (exit, stdout, stderr) = await CliProcess.RunAsync(
            "bench", "--simulate", "--dry-run", "--dataset", "synthetic", "--data", data, "--config", Published);

        Assert.True(exit == 0, stderr);
        Assert.Contains("would run 4 items", stdout, StringComparison.Ordinal);
        Assert.Contains("on simulated models", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_PublishedConfigWithoutSimulate_ExitsOneNamingTheMissingModel()
    {
        var data = await SyntheticDataAsync();

        var (exit, _, stderr) = await CliProcess.RunAsync("bench", "--dry-run", "--dataset", "synthetic", "--data", data, "--config", Published);

        Assert.Equal(1, exit);
        Assert.Contains("Model 'gpt-4o' is not in the model catalog", stderr, StringComparison.Ordinal);
    }

    private async Task<string> SyntheticDataAsync()
    {
        var path = Path.Combine(_dir, "synthetic.jsonl");
        var (exit, _, stderr) = await CliProcess.RunAsync("datasets", "synthetic", "--count", "4", "--seed", "3", "--out", path);
        Assert.True(exit == 0, stderr);
        return path;
    }
}
