using System.Text.Json;
using Archon.Search.Driver;
using Archon.Search.Spaces;
using Archon.Service.Searches;

namespace Archon.Service.Tests.Searches;

/// <summary>The scheduling of space searches, driven here without storage: results are filled in as a run would.</summary>
public sealed class SpaceSearchSchedulerTests
{
    // 2 generator counts x 2 fuser models x 2 fuser temperatures = 8 feasible points.
    private static readonly SpaceEnumeration Space = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse(
        """{"name": "unit", "ranking": ["a", "b"], "generators": {"topK": [1, 2]}, "fusion": {"models": ["a", "b"], "temperature": [0.2, 0.7]}}"""));

    [Fact]
    public void Advance_ResultsArriveInAnyOrder_RecordsTheSameEvents()
    {
        var plan = Plan("bayes", seed: 3, maxTrials: 6, initialPoints: 2);

        var inOrder = Run(plan, parallel: 3, pick: (inFlight, _) => inFlight[0]);
        var newestFirst = Run(plan, parallel: 3, pick: (inFlight, _) => inFlight[^1]);
        var shuffled = Run(plan, parallel: 3, pick: (inFlight, random) => inFlight[random.Next(inFlight.Count)]);

        Assert.Equal(6, inOrder.Trials.Count);
        Assert.Equal(Describe(inOrder), Describe(newestFirst));
        Assert.Equal(Describe(inOrder), Describe(shuffled));
    }

    [Fact]
    public void Advance_SameSeed_ProposesTheSameTrials()
    {
        var first = Run(Plan("random", seed: 1, maxTrials: 5), parallel: 2, pick: (inFlight, _) => inFlight[0]);
        var again = Run(Plan("random", seed: 1, maxTrials: 5), parallel: 2, pick: (inFlight, _) => inFlight[^1]);
        var otherSeed = Run(Plan("random", seed: 2, maxTrials: 5), parallel: 2, pick: (inFlight, _) => inFlight[0]);

        Assert.Equal(Keys(first), Keys(again));
        Assert.NotEqual(Keys(first), Keys(otherSeed));
    }

    [Fact]
    public void Advance_MaxTrials_StartsAtMostParallelAndFinishesOnceAllAreTold()
    {
        var plan = Plan("random", seed: 1, maxTrials: 3);

        var start = SpaceSearchScheduler.Advance(Space, plan, 4, 2, [], [], null);
        Assert.Equal(2, start.Trials.Count);
        Assert.All(start.Trials, t => Assert.Equal(TrialStatuses.Pending, t.Status));
        Assert.Null(start.StopReason);

        var afterOne = SpaceSearchScheduler.Advance(Space, plan, 4, 2, Complete(start.Trials, 0), start.Events, start.StopReason);
        Assert.Equal(3, afterOne.Trials.Count);
        Assert.False(afterOne.Finished);

        var trials = Complete(Complete(afterOne.Trials, 1), 2);
        var done = SpaceSearchScheduler.Advance(Space, plan, 4, 2, trials, afterOne.Events, afterOne.StopReason);
        Assert.True(done.Finished);
        Assert.Equal(SearchStopReasons.MaxTrials, done.StopReason);
        Assert.Equal(3, done.Trials.Count);
        Assert.Equal(6, done.Events.Count);
    }

    [Fact]
    public void Advance_TrialResultNotInOrder_WaitsForTheEarlierTrial()
    {
        var plan = Plan("random", seed: 1, maxTrials: 8);
        var start = SpaceSearchScheduler.Advance(Space, plan, 4, 2, [], [], null);

        // Trial 1 finished first: it is told only after trial 0, and nothing new starts meanwhile.
        var waiting = SpaceSearchScheduler.Advance(Space, plan, 4, 2, Complete(start.Trials, 1), start.Events, null);

        Assert.Equal(2, waiting.Trials.Count);
        Assert.Equal(start.Events, waiting.Events);
    }

    [Fact]
    public void Advance_Halving_PromotesTheScreenedPoolOnceTheRungIsComplete()
    {
        var plan = Plan("halving", seed: 4, maxTrials: 20);

        // 27 items: rungs of 4, 9 and 27 items; the first bracket (the random initial design) screens all 8 points.
        var rung0 = SpaceSearchScheduler.Advance(Space, plan, 27, 16, [], [], null);
        Assert.Equal(8, rung0.Trials.Count);
        Assert.All(rung0.Trials, t => Assert.Equal(4, t.Items));
        Assert.Null(rung0.StopReason); // waiting for the rung, not exhausted

        var scored = rung0.Trials.Select(t => t with { Status = TrialStatuses.Completed, Score = ScoreOf(t.PointIndex!.Value), Calls = 8 }).ToList();
        var rung1 = SpaceSearchScheduler.Advance(Space, plan, 27, 16, scored, rung0.Events, null);

        // Nothing is left to propose, so the screened pool moves up (at most 27/3 = 9): each point once, on 9 items.
        var promoted = rung1.Trials.Skip(8).ToList();
        Assert.Equal(8, promoted.Count);
        Assert.All(promoted, t => Assert.Equal(9, t.Items));
        Assert.Equal(scored.Select(t => t.PointIndex).Order(), promoted.Select(t => t.PointIndex).Order());
    }

    [Fact]
    public void Advance_CallBudget_StopsAskingOnceToldTrialsSpentItAndLetsRunningTrialsFinish()
    {
        var plan = Plan("random", seed: 1, maxTrials: 8) with { BudgetCalls = 10 };

        var start = SpaceSearchScheduler.Advance(Space, plan, 4, 2, [], [], null);
        var afterFirst = SpaceSearchScheduler.Advance(Space, plan, 4, 2, Complete(start.Trials, 0), start.Events, null);
        Assert.Equal(3, afterFirst.Trials.Count); // 8 calls spent: one more trial may start
        Assert.Null(afterFirst.StopReason);

        var afterSecond = SpaceSearchScheduler.Advance(Space, plan, 4, 2, Complete(afterFirst.Trials, 1), afterFirst.Events, null);
        Assert.Equal(3, afterSecond.Trials.Count); // 16 calls spent: nothing new starts, trial 2 finishes
        Assert.Equal(SearchStopReasons.BudgetCalls, afterSecond.StopReason);
        Assert.False(afterSecond.Finished);

        var done = SpaceSearchScheduler.Advance(Space, plan, 4, 2, Complete(afterSecond.Trials, 2), afterSecond.Events, afterSecond.StopReason);
        Assert.True(done.Finished);
    }

    [Fact]
    public void Advance_FailedTrial_IsToldAsZeroAndTheSearchGoesOn()
    {
        var plan = Plan("random", seed: 1, maxTrials: 2);
        var start = SpaceSearchScheduler.Advance(Space, plan, 4, 1, [], [], null);
        var failed = start.Trials.Select(t => t with { Status = TrialStatuses.Failed, Error = "run failed" }).ToList();

        var next = SpaceSearchScheduler.Advance(Space, plan, 4, 1, failed, start.Events, null);

        Assert.Equal(2, next.Trials.Count);
        Assert.Equal(0, next.Events.Single(e => e.Kind == StrategyEvent.Tell).Score);
    }

    // Drives a search to the end: each round one in-flight trial (chosen by pick) completes with its point's score.
    private static SpaceSearchAdvance Run(SpaceSearchPlan plan, int parallel, Func<List<SearchTrial>, Random, SearchTrial> pick)
    {
        var random = new Random(5);
        var advance = SpaceSearchScheduler.Advance(Space, plan, 4, parallel, [], [], null);
        for (var round = 0; !advance.Finished; round++)
        {
            Assert.True(round < 100, "the search did not finish");
            var inFlight = advance.Trials.Where(t => !t.IsFinished).ToList();
            var done = pick(inFlight, random);
            advance = SpaceSearchScheduler.Advance(Space, plan, 4, parallel, Complete(advance.Trials, done.Index), advance.Events, advance.StopReason);
        }

        return advance;
    }

    private static List<SearchTrial> Complete(IReadOnlyList<SearchTrial> trials, int index) =>
        [.. trials.Select(t => t.Index == index ? t with { Status = TrialStatuses.Completed, Score = ScoreOf(t.PointIndex!.Value), Calls = 8, CostUsd = 0.01m } : t)];

    private static double ScoreOf(int point) => (point * 37 % 11) / 10.0;

    private static SpaceSearchPlan Plan(string strategy, int seed, int maxTrials, int initialPoints = 10) =>
        new(JsonSerializer.SerializeToElement(new { }), "unit", SearchDriver.Fingerprint(Space), Space.Feasible.Count, 0, new Dictionary<string, int>(),
            strategy, seed, initialPoints, maxTrials, null, null);

    private static List<string> Describe(SpaceSearchAdvance a) => [.. a.Events.Select(e => $"{e.Kind} {e.Trial} {e.PointIndex} {e.Items} {e.Score}")];

    private static List<string?> Keys(SpaceSearchAdvance a) => [.. a.Trials.Select(t => t.Key)];
}
