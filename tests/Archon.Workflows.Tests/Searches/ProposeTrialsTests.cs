using System.Text.Json;
using Archon.Search.Driver;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Strategies;
using Archon.Workflows.Architectures;
using Archon.Workflows.Benchmarks;
using Archon.Workflows.Searches;
using Archon.Workflows.Settings;
using Archon.Workflows.Tests.Support;

namespace Archon.Workflows.Tests.Searches;

/// <summary>The propose activity as the search orchestration calls it, against <c>archon search</c>'s driver: one search loop.</summary>
public sealed class ProposeTrialsTests
{
    // 2 generator counts x 2 fuser models x 2 fuser temperatures = 8 feasible points.
    private const string SpaceJson =
        """{"name": "unit", "ranking": ["sim-small", "sim-medium"], "generators": {"topK": [1, 2]}, "fusion": {"models": ["sim-small", "sim-medium"], "temperature": [0.2, 0.7]}}""";

    private const int SearchItems = 9;

    // A plan recorded before seeds were mixed (seedMixed false) proposes what archon search did with the raw seed.
    [Theory]
    [InlineData("bayes", true)]
    [InlineData("tpe", true)]
    [InlineData("random", true)]
    [InlineData("greedy", true)]
    [InlineData("halving", true)]
    [InlineData("random", false)]
    [InlineData("bayes", false)]
    public async Task RunAsync_OneTrialAtATime_ProposesTheTrialsArchonSearchRuns(string strategy, bool seedMixed)
    {
        var spaces = NewSpaces();
        var json = JsonDocument.Parse(SpaceJson).RootElement;
        var space = spaces.Load(json).Space!;
        var options = new StrategyOptions { Seed = 3, InitialRandomPoints = 3, MixSeed = seedMixed };

        var cli = await new SearchDriver(space, new ScoreTable(), new SearchOptions { MaxTrials = 7 })
            .RunAsync(StrategyFactory.Create(strategy, space, SearchItems, options), 3, null);
        var service = RunAsOrchestration(spaces, space, json, strategy, maxTrials: 7, seedMixed);

        Assert.Equal(7, cli.Trials.Count);
        Assert.Equal(cli.Trials.Select(t => (t.PointIndex, t.Key, t.Items, t.Score, t.Objective)), service.Trials.Select(t => (t.PointIndex, t.Key, t.Items, t.Score, t.Objective)));
        Assert.Equal(cli.StopReason, service.StopReason);
    }

    [Fact]
    public void RunAsync_ParallelTrials_StartsThemAllAndNamesTheirRuns()
    {
        var spaces = NewSpaces();
        var json = JsonDocument.Parse(SpaceJson).RootElement;
        var space = spaces.Load(json).Space!;
        var state = new SearchRunState(Definition(json, space, "random", maxTrials: 5, parallel: 3), SearchProgress.Empty);

        var started = state.Apply(new ProposeTrials(new SearchScheduler(), spaces).RunAsync(state.ProposeRequest()));

        Assert.Equal([0, 1, 2], started);
        Assert.All(state.Trials, t => Assert.Equal(TrialStatus.Running, t.Status));
        Assert.Equal(["s1-t0", "s1-t1", "s1-t2"], state.Trials.Select(t => t.RunId));
        Assert.Equal(space.Feasible[state.Trials[1].PointIndex].Architecture.Name, state.RunOf(1).Architecture.Name);
    }

    // The orchestration's loop without a host: propose, run the started trials one by one (each run's summary reporting
    // the score the table gives), propose again.
    private static SearchRunState RunAsOrchestration(SearchSpaces spaces, SpaceEnumeration space, JsonElement json, string strategy, int maxTrials, bool seedMixed)
    {
        var state = new SearchRunState(Definition(json, space, strategy, maxTrials, parallel: 1, seedMixed), SearchProgress.Empty);
        var activity = new ProposeTrials(new SearchScheduler(), spaces);
        var running = new Queue<int>();
        while (true)
        {
            if (state.MayPropose)
            {
                foreach (var index in state.Apply(activity.RunAsync(state.ProposeRequest())))
                {
                    running.Enqueue(index);
                }
            }

            if (running.Count == 0)
            {
                return state;
            }

            var trial = state.Trials[running.Dequeue()];
            var summary = new BenchmarkSummaryDocument(
                trial.Items, ScoreTable.Fraction(trial.PointIndex, trial.Items), [0, 1], 0, 0m, 0, 0, ScoreTable.CallsPerItem * trial.Items, 0, DateTimeOffset.UnixEpoch);
            state.Complete(trial.Index, summary);
        }
    }

    private static SearchDefinition Definition(JsonElement json, SpaceEnumeration space, string strategy, int maxTrials, int parallel, bool seedMixed = true) =>
        new("s1", "synthetic", new ItemSource("searches/s1/items/", SearchItems, ItemSource.DefaultChunkSize), parallel, [],
            new SpaceSearchPlan(json, "unit", space.Fingerprint, space.Feasible.Count, space.InfeasibleCount, space.InfeasibleByRule,
                strategy, Seed: 3, InitialPoints: 3, maxTrials, null, null, seedMixed));

    private static SearchSpaces NewSpaces()
    {
        var engine = SimulatedEngine.Create();
        return new SearchSpaces(new ModelPrices(new EngineOptions { Simulate = true }), new ArchitectureChecker(engine.Runner, engine.Validation));
    }

    // Scores per point and item prefix, the same for both loops: archon search's evaluator reports points, a run's summary
    // the fraction.
    private sealed class ScoreTable : ITrialEvaluator
    {
        public const int CallsPerItem = 4;

        public int SearchItems => ProposeTrialsTests.SearchItems;

        public static double Fraction(int point, int items) => ((point * 37) + items) % 11 / 10.0;

        public Task<TrialMeasurement> EvaluateAsync(FeasiblePoint point, int items, TrialBudget budget, CancellationToken cancellationToken) =>
            Task.FromResult(new TrialMeasurement(Fraction(point.Index, items) * 100, 0, items, 0m, 0, CallsPerItem, CallsPerItem * items, CallsPerItem * items, 0m));
    }
}
