using System.Text.Json;
using Archon.Cli.Commands;

namespace Archon.Cli.Tests.Commands;

/// <summary><c>archon search compare</c> on simulated models: its outputs say so.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private const string Space =
        """{"name":"tiny","ranking":["sim-large","sim-medium"],"generators":{"topK":{"min":1,"max":2},"samples":[1,2]},"fusion":{"layers":[1],"models":["sim-medium"]}}""";

    private readonly string _dir = Directory.CreateTempSubdirectory("archon-search-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Compare_OnSimulatedCatalog_CompareJsonAndSearchJsonSaySimulated()
    {
        var space = Path.Combine(_dir, "space.json");
        await File.WriteAllTextAsync(space, Space);
        var data = Path.Combine(_dir, "synthetic.jsonl");
        Assert.Equal(0, (await CliProcess.RunAsync("datasets", "synthetic", "--count", "10", "--seed", "4", "--out", data)).ExitCode);
        var outDir = Path.Combine(_dir, "out");

        var (exit, _, error) = await CommandHarness.RunAsync(
            (_, _) => new SearchCommand(),
            ["compare", "--space", space, "--dataset", "synthetic", "--data", data, "--sim-latency-ms", "0", "--seeds", "1", "--strategies", "random", "--search-fraction", "0.5", "--out", outDir]);

        Assert.True(exit == 0, error);
        using var compare = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "compare.json")));
        Assert.True(compare.RootElement.GetProperty("simulated").GetBoolean());
        using var exhaustive = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "exhaustive", "search.json")));
        Assert.True(exhaustive.RootElement.GetProperty("simulated").GetBoolean());
    }

    [Fact]
    public async Task Search_UnknownDatasetKindOf20000Characters_RefusedQuotingItClipped()
    {
        var space = Path.Combine(_dir, "space.json");
        await File.WriteAllTextAsync(space, Space);
        var data = Path.Combine(_dir, "items.jsonl");
        await File.WriteAllTextAsync(data, """{"question": "What is 1 + 1?", "answer": "2"}""" + "\n");

        var (exit, _, error) = await CommandHarness.RunAsync(
            (o, e) => new SearchCommand(o, e),
            ["--space", space, "--dataset", new string('k', 20_000), "--data", data, "--sim-latency-ms", "0", "--out", Path.Combine(_dir, "out")]);

        Assert.NotEqual(0, exit);
        Assert.Contains("unknown dataset kind 'kkk", error, StringComparison.Ordinal);
        Assert.Contains("(20,000 characters)", error, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('k', 1_000), error, StringComparison.Ordinal);
    }
}
