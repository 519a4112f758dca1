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
}
