using Archon.Core.Models;
using Archon.Search.Spaces;

namespace Archon.Search.Tests.Spaces;

public sealed class ExampleSpacesTests
{
    // Default sim catalog prices (dollars per million tokens), as the simulated models report them.
    private static readonly Dictionary<string, ModelPricing> SimPrices = new()
    {
        ["sim-small"] = new(0.15m, 0.60m),
        ["sim-medium"] = new(0.50m, 1.50m),
        ["sim-large"] = new(2.50m, 10.00m),
        ["sim-xl"] = new(5.00m, 15.00m),
    };

    [Theory]
    [InlineData("small.json", 10, 100)]
    [InlineData("paper-axes-sim.json", 500, 1280)]
    public void Enumerate_ExampleSpace_HasExpectedFeasibleSize(string file, int minFeasible, int maxFeasible)
    {
        var space = SearchSpaceLoader.LoadFile(Path.Combine(ExamplesFolder(), file));
        var e = SpaceEnumerator.Enumerate(space, m => SimPrices.GetValueOrDefault(m) ?? new ModelPricing(1m, 3m));
        Assert.True(e.Feasible.Count >= minFeasible && e.Feasible.Count <= maxFeasible, $"{file}: {e.Feasible.Count} feasible, {e.InfeasibleCount} infeasible");
        Assert.True(e.InfeasibleCount > 0, $"{file}: the constraints should remove some points");
    }

    [Fact]
    public void Check_PaperSpaceFile_ReproducesThePapersCounts()
    {
        var result = SpaceCheck.Check(File.ReadAllText(Path.Combine(ExamplesFolder(), "paper.json")), baseDirectory: ExamplesFolder());

        Assert.True(result.IsValid, result.Error);
        Assert.Equal((6250L, 3192L), (result.Counts!.Configurations, result.Counts.Feasible));
        Assert.Equal(10, result.Enumeration!.Space.Ranking.Count);
        Assert.Equal(["sim-xl"], result.Enumeration.Space.Axes[5].Values.Cast<string>());
    }

    [Fact]
    public void LoadFile_PaperFullSpace_ReadsRankingFileAndAllAxes()
    {
        // Enumerating this space takes seconds; the benchmark program and `archon search` do that, the unit test only loads it.
        var space = SearchSpaceLoader.LoadFile(Path.Combine(ExamplesFolder(), "paper-full.json"));
        Assert.Equal(10, space.Ranking.Count);
        Assert.Equal("sim-xl", space.Ranking[0]);
        Assert.Equal(Enumerable.Range(1, 10), space.Axes[0].Values.Cast<int>());
        Assert.Equal([1, 10, 100], space.Axes[1].Values.Cast<int>());
        Assert.Equal([2, 4, 6, 8, 10], space.Axes[4].Values.Cast<int>());
        Assert.True(space.RawSize > 10_000);
    }

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
