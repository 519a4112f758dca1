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

    [Theory]
    [InlineData("--models", "generator", "it is 300 characters long")]
    [InlineData("--candidates", "fuser", "it is 300 characters long")]
    [InlineData("--models", "generator", "it holds the control character U+0007 at index 3")]
    public async Task RankModels_ModelNameBreakingTheNameRule_RefusedNamingTheOptionWithoutTheName(string option, string role, string why)
    {
        var data = await Synthetic(20);
        var bad = why.Contains("U+0007", StringComparison.Ordinal) ? "sim\u0007large" : new string('m', 300);

        string[] models = option == "--models" ? [] : ["--models", "sim-small"];

        var (exit, _, error) = await Run(
            ["--role", role, "--dataset", "synthetic", "--data", data, "--simulate", .. models, option, "sim-large," + bad, "--out", Path.Combine(_dir, "r.json")]);

        Assert.Equal(1, exit);
        Assert.Contains($"{option}[1]: must be at most 256 characters with no control characters, but {why}.", error, StringComparison.Ordinal);
        Assert.DoesNotContain(bad, error, StringComparison.Ordinal);
        Assert.DoesNotContain("not in the catalog", error, StringComparison.Ordinal);
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
