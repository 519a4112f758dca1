using System.Text.Json;
using Archon.Cli.Commands;
using Archon.Core.Synthetic;

namespace Archon.Cli.Tests.Commands;

/// <summary><c>archon rank-models --role fuser</c>: a fuser ranking a search space can take its fusion models from.</summary>
public sealed class RankModelsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("archon-rank-fusers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task RankModels_RoleFuser_WritesAFuserRankingThatASpaceReadsItsFusersFrom()
    {
        var data = await Synthetic(200);
        var ranking = Path.Combine(_dir, "fusers.json");

        var (exit, _, _) = await Run("--role", "fuser", "--dataset", "synthetic", "--data", data, "--models", "sim-small,sim-xl",
            "--candidates", "sim-medium,sim-large", "--simulate", "--sim-latency-ms", "0", "--out", ranking);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(ranking));
        Assert.Equal("fuser", doc.RootElement.GetProperty("role").GetString());
        Assert.Equal(0, doc.RootElement.GetProperty("candidateCallsRepeated").GetInt64());
        Assert.Equal(["sim-medium", "sim-large"], doc.RootElement.GetProperty("candidates").GetProperty("models").EnumerateArray().Select(e => e.GetString()));
        var space = Path.Combine(_dir, "space.json");
        await File.WriteAllTextAsync(space, """{"ranking":["sim-large"],"fusion":{"rankingFile":"fusers.json","models":{"top":1}}}""");
        Assert.Equal(["sim-xl"], Archon.Search.Spaces.SearchSpaceLoader.LoadFile(space).Axes[5].Values.Cast<string>());
    }

    [Theory]
    [InlineData("--role", "critic")]
    [InlineData("--candidates", "sim-small")]
    public async Task RankModels_BadRoleOptions_UsageError(string option, string value)
    {
        var data = await Synthetic(20);

        var (exit, _, _) = await Run("--dataset", "synthetic", "--data", data, "--simulate", option, value, "--out", Path.Combine(_dir, "r.json"));

        Assert.Equal(2, exit);
        Assert.False(File.Exists(Path.Combine(_dir, "r.json")));
    }

    private async Task<string> Synthetic(int count)
    {
        var path = Path.Combine(_dir, "synthetic.jsonl");
        await File.WriteAllLinesAsync(path, SyntheticTasks.Generate(count, seed: 5).Select(t => JsonSerializer.Serialize(new { id = t.Id, question = t.Question, answer = t.Answer })));
        return path;
    }

    private static Task<(int ExitCode, string Out, string Error)> Run(params string[] args) =>
        CommandHarness.RunAsync((output, error) => new RankModelsCommand(output, error), args);
}
