using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Scoring;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Core.Synthetic;
using Archon.Models.Setup;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;

namespace Archon.Search.Tests.Evaluation;

public sealed class SimulatedReuseTests
{
    [Fact]
    public async Task EvaluateAsync_SimModelsWithOneSetup_SharedGeneratorCallsComeFromTheCache()
    {
        var items = SyntheticTasks.Generate(6, seed: 3)
            .Select(t => new BenchmarkItem { Id = t.Id, Kind = DatasetKinds.Synthetic, Turns = [t.Question], References = [t.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture)] })
            .ToList();
        var setup = ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = 0 });
        var evaluator = new BenchmarkTrialEvaluator(items, new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry()), Scorers.ForKind(DatasetKinds.Synthetic));
        var space = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""{"ranking":["sim-large","sim-medium"],"generators":{"topK":2,"samples":2},"fusion":{"models":["sim-medium","sim-large"]}}"""));

        // 2 models × 2 samples + 1 fuser = 5 calls per query.
        var first = await evaluator.EvaluateAsync(space.Feasible[0], 6, TrialBudget.Unlimited, default);
        Assert.Equal((30L, 30L), (first.CallsMade, first.CallsWithoutReuse));

        var otherFuser = await evaluator.EvaluateAsync(space.Feasible[1], 6, TrialBudget.Unlimited, default);
        Assert.Equal((6L, 30L), (otherFuser.CallsMade, otherFuser.CallsWithoutReuse));

        var again = await evaluator.EvaluateAsync(space.Feasible[0], 6, TrialBudget.Unlimited, default);
        Assert.Equal((0L, 30L), (again.CallsMade, again.CallsWithoutReuse));
        Assert.Equal(first.Score, again.Score);
        Assert.Equal(0m, again.UsdSpent);
        Assert.True(first.UsdSpent > 0);
        Assert.Equal(first.UsdPerQuery, again.UsdPerQuery); // its cost in use, whether or not the cache answered
        Assert.Equal(first.UsdSpent / 6, first.UsdPerQuery);
    }

    [Fact]
    public async Task EvaluateAsync_TrialAnsweredFromTheCache_ReportsTheLatencyItsCallsTookWhenMade()
    {
        var items = SyntheticTasks.Generate(3, seed: 5)
            .Select(t => new BenchmarkItem { Id = t.Id, Kind = DatasetKinds.Synthetic, Turns = [t.Question], References = [t.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture)] })
            .ToList();
        var setup = ModelSetup.Create(new ModelSetupOptions { Simulate = true, SimLatencyMs = 60 });
        var evaluator = new BenchmarkTrialEvaluator(items, new ArchitectureRunner(setup.Resolver, BuiltInComponents.CreateRegistry()), Scorers.ForKind(DatasetKinds.Synthetic));
        var space = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""{"ranking":["sim-large"],"generators":{"topK":1,"samples":2},"fusion":{"models":["sim-large"]}}"""));

        var first = await evaluator.EvaluateAsync(space.Feasible[0], 3, TrialBudget.Unlimited, default);
        var cached = await evaluator.EvaluateAsync(space.Feasible[0], 3, TrialBudget.Unlimited, default);

        Assert.Equal(0L, cached.CallsMade);
        // Two layers of 60 ms calls: about 120 ms in use, whether or not the cache answered this time.
        Assert.True(first.P95LatencyMs >= 110, $"first run p95 {first.P95LatencyMs} ms");
        Assert.True(cached.P95LatencyMs >= 110, $"cached run p95 {cached.P95LatencyMs} ms");
    }
}
