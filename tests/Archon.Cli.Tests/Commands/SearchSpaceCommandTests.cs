using System.Text.Json;
using Archon.Cli.Commands;

namespace Archon.Cli.Tests.Commands;

/// <summary><c>archon search space</c>: counts a space file without building what it does not need.</summary>
public sealed class SearchSpaceCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("archon-search-space-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Space_PaperSpaceJson_PrintsThePapersCounts()
    {
        var (exit, output, _) = await Run("--space", Path.Combine(ExamplesFolder(), "paper.json"), "--json");

        Assert.Equal(0, exit);
        using var counts = JsonDocument.Parse(output);
        var root = counts.RootElement;
        Assert.Equal(6250, root.GetProperty("configurations").GetInt64());
        Assert.Equal(3192, root.GetProperty("feasible").GetInt64());
        Assert.Equal(1020, root.GetProperty("removedByRule").GetProperty("fuserContextLimit").GetInt64());
        Assert.Equal(50, root.GetProperty("removedByRule").GetProperty("minFusionLayers").GetInt64());
    }

    [Fact]
    public async Task Space_ExistingExampleSpace_StillLoadsAndCounts()
    {
        var (exit, output, _) = await Run("--space", Path.Combine(ExamplesFolder(), "paper-axes-sim.json"), "--simulate");

        Assert.Equal(0, exit);
        Assert.Contains("1,280 distinct architectures, 1,006 feasible", output, StringComparison.Ordinal);
        Assert.Contains("maxUsdPerQuery 229", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Space_HugeRange_UsageErrorNamingTheField()
    {
        var file = Path.Combine(_dir, "hostile.json");
        await File.WriteAllTextAsync(file, """{"ranking":["sim-large"],"generators":{"samples":{"min":1,"max":2000000000}}}""");

        var (exit, output, error) = await Run("--space", file);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("$.generators.samples: values must lie in 1..1000 (got 1..2000000000)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Space_TooLargeToList_SaysTheFeasibleCountIsEstimated()
    {
        var file = Path.Combine(_dir, "large.json");
        await File.WriteAllTextAsync(file, """{"ranking":["sim-large","sim-medium"],"generators":{"topK":[1,2],"samples":{"min":1,"max":1000}},"fusion":{"models":["sim-medium","sim-large"],"temperature":[0.2,0.7,1.2]},"criticRanker":{"enabled":[false,true]}}""");

        var (exit, output, _) = await Run("--space", file, "--simulate");

        Assert.Equal(0, exit);
        Assert.Contains("60,000 distinct architectures, about 60,000 feasible (estimated from a sample", output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Out, string Error)> Run(params string[] args) =>
        CommandHarness.RunAsync((o, e) => new SearchCommand(o, e), ["space", .. args]);

    private static string ExamplesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Archon.Functions.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "examples", "search-spaces");
    }
}
