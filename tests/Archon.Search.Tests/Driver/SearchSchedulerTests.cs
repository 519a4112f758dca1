using Archon.Search.Driver;
using Archon.Search.Spaces;
using Archon.Search.Strategies;

namespace Archon.Search.Tests.Driver;

/// <summary>The scheduling of space searches, driven as the search orchestration drives it: results are filled in as a trial's run would.</summary>
public sealed class SearchSchedulerTests
{
    // 2 generator counts x 2 fuser models x 2 fuser temperatures = 8 feasible points.
    private const string SpaceJson =
        """{"name": "unit", "ranking": ["a", "b"], "generators": {"topK": [1, 2]}, "fusion": {"models": ["a", "b"], "temperature": [0.2, 0.7]}}""";

    private static readonly SpaceEnumeration Space = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse(SpaceJson));

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
    public void Advance_KeptStrategyOrRebuiltFromEvents_ProposesTheSame()
    {
        var plan = Plan("bayes", seed: 5, maxTrials: 7, initialPoints: 2);
        var kept = Run(plan, parallel: 2, pick: (inFlight, _) => inFlight[0], scheduler: NewScheduler());
        var rebuilt = Run(plan, parallel: 2, pick: (inFlight, _) => inFlight[0], scheduler: null);

        Assert.Equal(Describe(kept), Describe(rebuilt));
    }

    [Fact]
    public void Advance_MaxTrials_StartsAtMostParallelAndStopsOnceTheLimitIsAsked()
    {
        var scheduler = NewScheduler();
        var plan = Plan("random", seed: 1, maxTrials: 3);

        var state = Step(scheduler, plan, 2, new State());
        Assert.Equal(2, state.Trials.Count);
        Assert.Null(state.Stop);

        state = Step(scheduler, plan, 2, state.Complete(0));
        Assert.Equal(3, state.Trials.Count);

        state = Step(scheduler, plan, 2, state.Complete(1).Complete(2));
        Assert.Equal(SearchStopReasons.MaxTrials, state.Stop);
        Assert.Equal(3, state.Trials.Count);
        Assert.Equal(6, state.Events.Count);
    }

    [Fact]
    public void Advance_TrialResultNotInOrder_WaitsForTheEarlierTrial()
    {
        var scheduler = NewScheduler();
        var plan = Plan("random", seed: 1, maxTrials: 8);
        var start = Step(scheduler, plan, 2, new State());

        // Trial 1 finished first: it is told only after trial 0, and nothing new starts meanwhile.
        var waiting = Step(scheduler, plan, 2, start.Complete(1));

        Assert.Equal(2, waiting.Trials.Count);
        Assert.Equal(start.Events, waiting.Events);
    }

    [Fact]
    public void Advance_Halving_PromotesTheScreenedPoolOnceTheRungIsComplete()
    {
        var scheduler = NewScheduler();
        var plan = Plan("halving", seed: 4, maxTrials: 20);

        // 27 items: rungs of 4, 9 and 27 items; the first bracket (the random initial design) screens all 8 points.
        var rung0 = Step(scheduler, plan, 16, new State(), searchItems: 27);
        Assert.Equal(8, rung0.Trials.Count);
        Assert.All(rung0.Trials, t => Assert.Equal(4, t.Items));
        Assert.Null(rung0.Stop); // waiting for the rung, not exhausted

        var scored = rung0;
        for (var i = 0; i < 8; i++)
        {
            scored = scored.Complete(i);
        }

        var rung1 = Step(scheduler, plan, 16, scored, searchItems: 27);

        // Nothing is left to propose, so the screened pool moves up (at most 27/3 = 9): each point once, on 9 items.
        var promoted = rung1.Trials.Skip(8).ToList();
        Assert.Equal(8, promoted.Count);
        Assert.All(promoted, t => Assert.Equal(9, t.Items));
        Assert.Equal(rung0.Trials.Select(t => t.PointIndex).Order(), promoted.Select(t => t.PointIndex).Order());
    }

    [Fact]
    public void Advance_CallBudget_StopsAskingOnceToldTrialsSpentItAndLetsRunningTrialsFinish()
    {
        var scheduler = NewScheduler();
        var plan = Plan("random", seed: 1, maxTrials: 8) with { BudgetCalls = 10 };

        var start = Step(scheduler, plan, 2, new State());
        var afterFirst = Step(scheduler, plan, 2, start.Complete(0));
        Assert.Equal(3, afterFirst.Trials.Count); // 8 calls spent: one more trial may start
        Assert.Null(afterFirst.Stop);

        var afterSecond = Step(scheduler, plan, 2, afterFirst.Complete(1));
        Assert.Equal(3, afterSecond.Trials.Count); // 16 calls spent: nothing new starts, trial 2 finishes
        Assert.Equal(SearchStopReasons.BudgetCalls, afterSecond.Stop);
    }

    [Fact]
    public void Advance_FailedTrial_IsToldAsZeroAndTheSearchGoesOn()
    {
        var scheduler = NewScheduler();
        var plan = Plan("random", seed: 1, maxTrials: 2);
        var start = Step(scheduler, plan, 1, new State());
        var failed = start with { Trials = [.. start.Trials.Select(t => t with { Status = TrialStatus.Failed, Error = "run failed" })] };

        var next = Step(scheduler, plan, 1, failed);

        Assert.Equal(2, next.Trials.Count);
        Assert.Equal(0, next.Events.Single(e => e.Kind == StrategyEvent.Tell).Score);
    }

    [Fact]
    public void Advance_LastToldTrialMeetsStopWhen_StopsWithTargetReached()
    {
        var scheduler = NewScheduler();
        var plan = Plan("random", seed: 1, maxTrials: 8);
        var start = Step(scheduler, plan, 1, new State());
        var target = start.Complete(0).Trials[0].Key;

        var step = scheduler.Advance(
            new SearchPosition
            {
                SearchId = "s1",
                NewStrategy = () => StrategyFactory.Create("random", Space, 4, new StrategyOptions { Seed = 1 }),
                Trials = start.Complete(0).Trials,
                Events = start.Events,
                MaxTrials = 8,
                StopWhen = t => t.Key == target,
            },
            Space);

        Assert.Empty(step.NewTrials);
        Assert.Equal(SearchStopReasons.TargetReached, step.StopReason);
        Assert.Equal(2, step.Events.Count); // the ask and the tell of trial 0
    }

    [Fact]
    public void Advance_SpendOutsideTheTrials_CountsTowardsTheBudget()
    {
        var scheduler = NewScheduler();
        var plan = Plan("random", seed: 1, maxTrials: 8) with { BudgetCalls = 20 };
        var done = Step(scheduler, plan, 1, new State()).Complete(0);

        var step = scheduler.Advance(
            new SearchPosition
            {
                SearchId = "s1",
                NewStrategy = () => StrategyFactory.Create("random", Space, 4, new StrategyOptions { Seed = 1 }),
                Trials = done.Trials,
                Events = done.Events,
                MaxTrials = 8,
                BudgetCalls = 20,
                AbandonedCalls = 12,
            },
            Space);

        Assert.Empty(step.NewTrials); // 8 calls in the trial + 12 abandoned reach the 20-call budget
        Assert.Equal(SearchStopReasons.BudgetCalls, step.StopReason);
    }

    // Drives a search to the end: each round one in-flight trial (chosen by pick) completes with its point's score.
    private static State Run(SearchPlan plan, int parallel, Func<List<TrialRecord>, Random, TrialRecord> pick, SearchScheduler? scheduler = null)
    {
        var random = new Random(5);
        var state = Step(scheduler ?? NewScheduler(), plan, parallel, new State());
        for (var round = 0; !(state.Stop is not null && state.Trials.All(t => t.IsFinished)); round++)
        {
            Assert.True(round < 100, "the search did not finish");
            var inFlight = state.Trials.Where(t => !t.IsFinished).ToList();
            if (inFlight.Count == 0)
            {
                break;
            }

            state = Step(scheduler ?? NewScheduler(), plan, parallel, state.Complete(pick(inFlight, random).Index));
        }

        return state;
    }

    // One step as the propose activity takes it: a fresh strategy factory, the trials and events carried by the orchestration.
    private static State Step(SearchScheduler scheduler, SearchPlan plan, int parallel, State state, int searchItems = 4)
    {
        var step = scheduler.Advance(
            new SearchPosition
            {
                SearchId = "s1",
                NewStrategy = () => StrategyFactory.Create(plan.Strategy, Space, searchItems, new StrategyOptions { Seed = plan.Seed, InitialRandomPoints = plan.InitialPoints }),
                Parallel = parallel,
                Trials = state.Trials,
                Events = state.Events,
                StopReason = state.Stop,
                MaxTrials = plan.MaxTrials,
                BudgetCalls = plan.BudgetCalls,
            },
            Space);
        Assert.All(step.NewTrials, t => Assert.Equal(TrialStatus.Running, t.Status));
        return new State([.. state.Trials, .. step.NewTrials], step.Events, step.StopReason);
    }

    private static SearchScheduler NewScheduler() => new();

    private static SearchPlan Plan(string strategy, int seed, int maxTrials, int initialPoints = 10) => new(strategy, seed, maxTrials, initialPoints);

    private static List<string> Describe(State s) => [.. s.Events.Select(e => $"{e.Kind} {e.Trial} {e.PointIndex} {e.Items} {e.Score}")];

    private static List<string?> Keys(State s) => [.. s.Trials.Select(t => t.Key)];

    private static double ScoreOf(int point) => (point * 37 % 11) / 10.0;

    private sealed record SearchPlan(string Strategy, int Seed, int MaxTrials, int InitialPoints, long? BudgetCalls = null);

    private sealed record State(IReadOnlyList<TrialRecord> Trials, IReadOnlyList<StrategyEvent> Events, string? Stop)
    {
        public State()
            : this([], [], null)
        {
        }

        public State Complete(int index) => this with
        {
            Trials = [.. Trials.Select(t => t.Index == index
                ? t with { Status = TrialStatus.Completed, Score = ScoreOf(t.PointIndex) * 100, Objective = ScoreOf(t.PointIndex) * 100, CallsMade = 8, UsdSpent = 0.01m }
                : t)],
        };
    }
}
