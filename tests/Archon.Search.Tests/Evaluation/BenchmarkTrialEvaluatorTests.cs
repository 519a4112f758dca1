using Archon.Benchmarks.Datasets;
using Archon.Search.Evaluation;
using Archon.Search.Spaces;
using Archon.Search.Tests.Fakes;

namespace Archon.Search.Tests.Evaluation;

public sealed class BenchmarkTrialEvaluatorTests
{
    private static readonly BenchmarkItem[] Items = [.. Enumerable.Range(0, 10).Select(i => new BenchmarkItem { Id = $"q{i}", Kind = DatasetKinds.Synthetic, Turns = [$"question {i}"] })];

    [Fact]
    public async Task EvaluateAsync_SharedGeneratorsAndPromotion_CountsReuseFromCacheHits()
    {
        // One generator model × 2 samples, then one final fuser (f1 or f2): 3 calls per query.
        var space = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""{"ranking":["m1"],"generators":{"samples":2},"fusion":{"models":["f1","f2"]}}"""));
        var evaluator = new BenchmarkTrialEvaluator(Items, new PrefixCachingRunner(), new AnswerOkScorer()) { Concurrency = 2 };

        var a = await evaluator.EvaluateAsync(space.Feasible[0], 3, TrialBudget.Unlimited, default);
        Assert.Equal((9L, 9L), (a.CallsMade, a.CallsWithoutReuse));

        var b = await evaluator.EvaluateAsync(space.Feasible[1], 3, TrialBudget.Unlimited, default);
        Assert.Equal((3L, 9L), (b.CallsMade, b.CallsWithoutReuse)); // only the f2 fuser calls are new

        var promoted = await evaluator.EvaluateAsync(space.Feasible[0], 5, TrialBudget.Unlimited, default);
        Assert.Equal((6L, 15L), (promoted.CallsMade, promoted.CallsWithoutReuse)); // items 4 and 5 only
        Assert.Equal(0.06m, promoted.UsdSpent);
        Assert.Equal(0.03m, promoted.UsdPerQuery);
        Assert.Equal(3.0, promoted.CallsPerQuery);
        Assert.Equal(60.0, promoted.Score, 9); // q0, q2, q4 of q0..q4
    }

    [Fact]
    public async Task EvaluateAsync_BudgetTooSmallForNextBatch_StopsAndSaysSo()
    {
        var space = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""{"ranking":["m1"],"generators":{"samples":2}}"""));
        var evaluator = new BenchmarkTrialEvaluator(Items, new PrefixCachingRunner(), new AnswerOkScorer()) { Concurrency = 2 };

        var m = await evaluator.EvaluateAsync(space.Feasible[0], 10, new TrialBudget(13, null), default);
        Assert.True(m.BudgetExhausted);
        Assert.Equal(12L, m.CallsMade); // two batches of 2 items × 3 calls; a third would exceed 13
    }

    [Fact]
    public async Task EvaluateAsync_JudgedScorer_CountsJudgeCallsInCallsMadeButNotInCallsPerQuery()
    {
        // 3 architecture calls + 1 judge call per item; the judge shares the runner's cache.
        var space = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""{"ranking":["m1"],"generators":{"samples":2},"fusion":{"models":["f1","f2"]}}"""));
        var evaluator = new BenchmarkTrialEvaluator(Items, new PrefixCachingRunner(), judge => new RunnerJudgeScorer(judge)) { Concurrency = 2 };

        var a = await evaluator.EvaluateAsync(space.Feasible[0], 3, TrialBudget.Unlimited, default);
        Assert.Equal((12L, 12L, 3L), (a.CallsMade, a.CallsWithoutReuse, a.JudgeCalls));
        Assert.Equal(0.12m, a.UsdSpent);
        Assert.Equal(3.0, a.CallsPerQuery);
        Assert.Equal(0.03m, a.UsdPerQuery);

        // Same items, other fuser: the generator calls and the judge's verdicts on q0..q2 come from the cache.
        var b = await evaluator.EvaluateAsync(space.Feasible[1], 3, TrialBudget.Unlimited, default);
        Assert.Equal((3L, 12L, 3L), (b.CallsMade, b.CallsWithoutReuse, b.JudgeCalls));
    }

    [Fact]
    public async Task EvaluateAsync_JudgedScorer_JudgeCallsCountAgainstTheBudget()
    {
        var space = SpaceEnumerator.Enumerate(SearchSpaceLoader.Parse("""{"ranking":["m1"],"generators":{"samples":2}}"""));
        var evaluator = new BenchmarkTrialEvaluator(Items, new PrefixCachingRunner(), judge => new RunnerJudgeScorer(judge)) { Concurrency = 2 };

        // 4 calls per item with the judge: batches of 2 items cost 8; 16 fit in 17, a third batch would not.
        var m = await evaluator.EvaluateAsync(space.Feasible[0], 10, new TrialBudget(17, null), default);
        Assert.True(m.BudgetExhausted);
        Assert.Equal(16L, m.CallsMade);
    }
}
