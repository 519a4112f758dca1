using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Ranking;
using Archon.Benchmarks.Scoring;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Models.Setup;

namespace Archon.Benchmarks.Tests.Ranking;

/// <summary>Fuser rankings on simulated models: every fuser fuses the same candidates, and skill decides the order.</summary>
public sealed class ModelRankerFuserTests
{
    private static readonly FuserCandidates Candidates = new() { Models = ["sim-small", "sim-medium"], Samples = 2 };

    [Fact]
    public async Task RankFusersAsync_SimulatedFusers_StrongerFuserFirstOnTheSameCandidates()
    {
        var ranking = await Rank(cacheCapacity: 20_000);

        Assert.Equal(ModelRanking.FuserRole, ranking.Role);
        Assert.Equal(["sim-xl", "sim-medium", "sim-small"], ranking.Order);
        Assert.Equal(0, ranking.CandidateCallsRepeated);
        Assert.Equal(Candidates, ranking.Candidates);
    }

    [Fact]
    public async Task RankFusersAsync_WithoutAResponseCache_CountsTheCandidateCallsSentAgain()
    {
        // Each fuser then fuses freshly generated candidates; the ranking says so rather than claiming a fixed set.
        var ranking = await Rank(cacheCapacity: 0);

        Assert.Equal(3 * 60 * 4, ranking.CandidateCallsRepeated);
    }

    [Fact]
    public void Fusing_Model_IsTheCandidateLayerThenOneFuser()
    {
        var architecture = ModelRanker.Fusing(Candidates, "sim-xl");

        Assert.Equal(["generator", "fuser"], architecture.Layers.Select(l => l.Type));
        Assert.Equal(["sim-small", "sim-medium"], architecture.Layers[0].Components.Select(c => c.Model));
        Assert.All(architecture.Layers[0].Components, c => Assert.Equal(2, c.Samples));
        Assert.Equal("sim-xl", Assert.Single(architecture.Layers[1].Components).Model);
    }

    private static Task<ModelRanking> Rank(int cacheCapacity)
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = 0, CacheCapacity = cacheCapacity });
        var runner = new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry());
        var items = SyntheticDataset.Items(60, seed: 3);
        return ModelRanker.RankFusersAsync(DatasetKinds.Synthetic, runner, Scorers.ForKind(DatasetKinds.Synthetic), ["sim-small", "sim-xl", "sim-medium"], Candidates, items, 8);
    }
}
