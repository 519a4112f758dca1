using System.Globalization;
using System.Text.Json;
using Archon.Search.Driver;
using Archon.Search.Evaluation;
using Archon.Search.Strategies;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Driver;

public sealed class SearchDriverTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("archon-search-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("bayes")]
    [InlineData("halving")]
    [InlineData("greedy")]
    public async Task RunAsync_CrashMidSearchThenRerun_ContinuesWithoutRedoingTrials(string name)
    {
        var space = TestSpaces.SmallEnumerated();
        var path = Path.Combine(_dir.FullName, name, "search.json");
        var options = new SearchOptions { MaxTrials = 25 };

        var crashing = new FunctionEvaluator(Objectives.Additive) { CrashAfter = 11 };
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new SearchDriver(space, crashing, options).RunAsync(Create(name, space, 5), 5, path));
        Assert.Equal(11, SearchStateStore.Load(path)!.Trials.Count);

        var resumed = new FunctionEvaluator(Objectives.Additive);
        var state = await new SearchDriver(space, resumed, options).RunAsync(Create(name, space, 5), 5, path);
        Assert.Equal(14, resumed.Evaluations);
        Assert.Equal(25, state.Trials.Count);

        var straight = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), options).RunAsync(Create(name, space, 5), 5, null);
        Assert.Equal(straight.Trials.Select(t => (t.Key, t.Items, t.Score)), state.Trials.Select(t => (t.Key, t.Items, t.Score)));
        Assert.Equal(25, SearchStateStore.Load(path)!.Trials.Count);
    }

    [Fact]
    public async Task RunAsync_StateOfAnotherSeed_RefusesToResume()
    {
        var space = TestSpaces.SmallEnumerated();
        var path = Path.Combine(_dir.FullName, "search.json");
        await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 3 }).RunAsync(Create("random", space, 1), 1, path);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 3 }).RunAsync(Create("random", space, 2), 2, path));
        Assert.Contains("seed 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StateWhoseTrialsTheStrategyWouldNotPropose_RefusesToResume()
    {
        var space = TestSpaces.SmallEnumerated();
        var path = Path.Combine(_dir.FullName, "search.json");
        await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 3 }).RunAsync(Create("random", space, 1), 1, path);
        var saved = SearchStateStore.Load(path)!;
        var moved = saved.Trials[1] with { PointIndex = (saved.Trials[1].PointIndex + 1) % space.Feasible.Count };
        SearchStateStore.Save(path, saved with { Trials = [saved.Trials[0], moved, saved.Trials[2]] });

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 5 }).RunAsync(Create("random", space, 1), 1, path));

        Assert.Contains("search.json does not replay (trial 1 does not replay", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CallBudget_StopsCleanlyWithoutExceedingIt()
    {
        var space = TestSpaces.SmallEnumerated();
        var path = Path.Combine(_dir.FullName, "budget.json");

        // Each full trial costs 20 items × 10 calls = 200 calls; 1,050 allows five, the sixth cannot fit.
        var state = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { BudgetCalls = 1_050 })
            .RunAsync(Create("random", space, 1), 1, path);
        Assert.Equal(SearchStopReasons.BudgetCalls, state.StopReason);
        Assert.Equal(5, state.Trials.Count);
        Assert.True(state.CallsMade <= 1_050);
        Assert.Equal(SearchStopReasons.BudgetCalls, SearchStateStore.Load(path)!.StopReason);

        // Raising the budget and rerunning continues the same search.
        var more = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { BudgetCalls = 1_450 })
            .RunAsync(Create("random", space, 1), 1, path);
        Assert.Equal(7, more.Trials.Count);
        Assert.Equal(state.Trials.Select(t => t.Key), more.Trials.Take(5).Select(t => t.Key));
    }

    [Fact]
    public async Task RunAsync_SearchJsonInTheEarlierFormat_ResumesAndKeepsItsShape()
    {
        // A search recorded before seeds were mixed: its generator was seeded with the seed as it is.
        var space = TestSpaces.SmallEnumerated();
        var straight = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 5 }).RunAsync(Create("random", space, 1, mixSeed: false), 1, null);

        // A search.json of three trials, field by field as archon search wrote it then (no "seedMixed").
        var path = Path.Combine(_dir.FullName, "old", "search.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var trials = string.Join(",", straight.Trials.Take(3).Select(t => string.Create(CultureInfo.InvariantCulture,
            $$"""{"number": {{t.Number}}, "point": {{t.PointIndex}}, "key": "{{t.Key}}", "items": {{t.Items}}, "fullEquivalent": {{t.FullEquivalent:R}}, "score": {{t.Score:R}}, "ci95": {{t.CiHalfWidth:R}}, "objective": {{t.Objective:R}}, "usdPerQuery": {{t.UsdPerQuery}}, "p95LatencyMs": {{t.P95LatencyMs:R}}, "callsPerQuery": {{t.CallsPerQuery:R}}, "callsMade": {{t.CallsMade}}, "callsWithoutReuse": {{t.CallsWithoutReuse}}, "usdSpent": {{t.UsdSpent}}, "judgeCalls": 0}""")));
        File.WriteAllText(path, $$"""
            {"version": 1, "space": "{{straight.Space}}", "spaceFingerprint": "{{straight.SpaceFingerprint}}", "feasiblePoints": {{straight.FeasiblePoints}},
             "infeasiblePoints": 0, "strategy": "random", "seed": 1, "searchItems": 20, "costWeight": 0, "simulated": false, "trials": [{{trials}}],
             "proposals": 3, "strategyState": {"position": "3"}, "abandonedCalls": 0, "abandonedUsd": 0, "stopReason": "max-trials"}
            """);

        var evaluator = new FunctionEvaluator(Objectives.Additive);
        var resumed = await new SearchDriver(space, evaluator, new SearchOptions { MaxTrials = 5 }).RunAsync(mixSeed => Create("random", space, 1, mixSeed), 1, path);

        Assert.False(resumed.SeedMixed);
        Assert.Equal(2, evaluator.Evaluations);
        Assert.Equal(straight.Trials.Select(t => (t.Key, t.Items, t.Score)), resumed.Trials.Select(t => (t.Key, t.Items, t.Score)));
        using var written = JsonDocument.Parse(File.ReadAllText(path));
        string[] fields =
        [
            "number", "point", "key", "items", "fullEquivalent", "score", "ci95", "objective", "usdPerQuery", "p95LatencyMs", "callsPerQuery",
            "callsMade", "callsWithoutReuse", "usdSpent", "judgeCalls",
        ];
        Assert.All(written.RootElement.GetProperty("trials").EnumerateArray(), t => Assert.Equal(fields, t.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task RunAsync_StrategyInstanceOnSearchJsonInTheEarlierFormat_RefusesNamingTheFileAndTheFactoryOverload()
    {
        // The caller's strategy was built before the file was read, so it cannot use the seed the way the file needs.
        var space = TestSpaces.SmallEnumerated();
        var straight = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 2 }).RunAsync(Create("random", space, 1, mixSeed: false), 1, null);
        var path = Path.Combine(_dir.FullName, "old-instance", "search.json");
        SearchStateStore.Save(path, straight with { SeedMixed = false, StopReason = null });
        var legacy = File.ReadAllText(path).Replace("\"seedMixed\": false,", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("seedMixed", legacy, StringComparison.Ordinal);
        File.WriteAllText(path, legacy);
        var evaluator = new FunctionEvaluator(Objectives.Additive);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new SearchDriver(space, evaluator, new SearchOptions { MaxTrials = 4 }).RunAsync(Create("random", space, 1, mixSeed: false), 1, path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("seedMixed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Func<bool, ISearchStrategy>", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, evaluator.Evaluations);
        Assert.Equal(legacy, File.ReadAllText(path));
    }

    [Fact]
    public async Task RunAsync_NewSearch_MixesItsSeedRecordsThatAndResumesWithIt()
    {
        var space = TestSpaces.SmallEnumerated();
        var path = Path.Combine(_dir.FullName, "mixed", "search.json");
        var first = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 3 })
            .RunAsync(mixSeed => Create("random", space, 7, mixSeed), 7, path);
        Assert.True(first.SeedMixed);
        using (var written = JsonDocument.Parse(File.ReadAllText(path)))
        {
            Assert.True(written.RootElement.GetProperty("seedMixed").GetBoolean());
        }

        var resumed = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 6 })
            .RunAsync(mixSeed => Create("random", space, 7, mixSeed), 7, path);

        var raw = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 6 }).RunAsync(Create("random", space, 7, mixSeed: false), 7, null);
        var expected = Enumerable.Range(0, space.Feasible.Count).ToArray();
        new Random(SeedMixer.Mix(7)).Shuffle(expected);
        Assert.Equal(expected.Take(6), resumed.Trials.Select(t => t.PointIndex));
        Assert.NotEqual(raw.Trials.Select(t => t.PointIndex), resumed.Trials.Select(t => t.PointIndex));
    }

    [Fact]
    public async Task RunAsync_CostWeight_ObjectivePenalisesDollars()
    {
        var space = TestSpaces.SmallEnumerated();
        var state = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = 4, CostWeight = 1000 })
            .RunAsync(Create("random", space, 1), 1, null);
        Assert.All(state.Trials, t => Assert.Equal(t.Score - (1000 * (double)t.UsdPerQuery), t.Objective, 9));
    }

    [Theory]
    [InlineData(2_000, null, 3_000)]
    [InlineData(null, 150_000L, 3_000)]
    [InlineData(null, null, 2_000)]
    public async Task RunAsync_ThousandsOfTrials_RecordsWhatTheSchedulerDecidesStepByStep(int? maxTrials, long? budgetCalls, int proposals)
    {
        // The reference runs the same search as SearchScheduler.Advance takes it from the service: the whole position,
        // rebuilt for every step.
        var space = TestSpaces.SmallEnumerated();
        ISearchStrategy NewStrategy() => new ScoreDrivenStrategy(space.Feasible.Count, 20, 3, proposals);
        var options = new SearchOptions { MaxTrials = maxTrials, BudgetCalls = budgetCalls };
        var (expected, expectedStop) = await StepByStepAsync(space, NewStrategy, options);
        Assert.True(expected.Count >= 1_000, $"the reference ran only {expected.Count} trials");

        var state = await new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), options).RunAsync(NewStrategy(), 3, null);

        Assert.Equal(expectedStop, state.StopReason);
        Assert.Equal(expected.Count, state.Proposals);
        Assert.Equal(Enumerable.Range(1, expected.Count), state.Trials.Select(t => t.Number));
        Assert.Equal(
            expected.Select(t => (t.PointIndex, t.Key, t.Items, t.Score, t.Objective, t.CallsMade, t.UsdSpent)),
            state.Trials.Select(t => (t.PointIndex, t.Key, t.Items, t.Score, t.Objective, t.CallsMade, t.UsdSpent)));
        Assert.Equal(expected.Sum(t => t.CallsMade), state.CallsMade);
        Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), state.StrategyState["asked"]);
    }

    [Fact]
    public void RunAsync_TwiceTheTrials_AllocatesAboutTwiceAsMuch()
    {
        // Work, not time: a search that copied its trials or events for every trial would allocate about 4× as much for
        // twice the trials. The evaluator answers at once, so the whole search runs on this thread.
        var space = TestSpaces.SmallEnumerated();
        long Allocated(int trials)
        {
            var driver = new SearchDriver(space, new FunctionEvaluator(Objectives.Additive), new SearchOptions { MaxTrials = trials });
            var strategy = new ScoreDrivenStrategy(space.Feasible.Count, 20, 3, int.MaxValue);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var run = driver.RunAsync(strategy, 3, null);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(run.IsCompletedSuccessfully);
            Assert.Equal(trials, run.Result.Trials.Count);
            return allocated;
        }

        Allocated(100);
        var ratio = (double)Allocated(8_000) / Allocated(4_000);

        Assert.True(ratio < 2.5, $"8,000 trials allocated {ratio:0.00}× what 4,000 did");
    }

    private static async Task<(List<TrialRecord> Trials, string StopReason)> StepByStepAsync(
        Archon.Search.Spaces.SpaceEnumeration space, Func<ISearchStrategy> newStrategy, SearchOptions options)
    {
        var scheduler = new SearchScheduler();
        var evaluator = new FunctionEvaluator(Objectives.Additive);
        var trials = new List<TrialRecord>();
        IReadOnlyList<StrategyEvent> events = [];
        long calls = 0;
        while (true)
        {
            var step = scheduler.Advance(
                new SearchPosition
                {
                    SearchId = "reference", NewStrategy = newStrategy, Trials = [.. trials], Events = events,
                    MaxTrials = options.MaxTrials, BudgetCalls = options.BudgetCalls,
                },
                space);
            events = step.Events;
            if (step.NewTrials is not [var trial])
            {
                return (trials, step.StopReason ?? SearchStopReasons.Exhausted);
            }

            var m = await evaluator.EvaluateAsync(space.Feasible[trial.PointIndex], trial.Items, new TrialBudget(options.BudgetCalls - calls, null), CancellationToken.None);
            if (m.BudgetExhausted)
            {
                return (trials, SearchStopReasons.BudgetCalls);
            }

            calls += m.CallsMade;
            trials.Add(trial with
            {
                Status = TrialStatus.Completed, Score = m.Score, Objective = SearchObjective.Of(m.Score, m.UsdPerQuery, 0), CallsMade = m.CallsMade, UsdSpent = m.UsdSpent,
            });
        }
    }

    private static ISearchStrategy Create(string name, Archon.Search.Spaces.SpaceEnumeration space, int seed, bool mixSeed = true) =>
        StrategyFactory.Create(name, space, 20, new StrategyOptions { Seed = seed, MixSeed = mixSeed, InitialRandomPoints = 5, BracketSize = 9, MinItems = 2 });
}
