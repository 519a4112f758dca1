using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Running;
using Archon.Benchmarks.Scoring;
using Archon.Core.Execution;
using Archon.Search.Spaces;

namespace Archon.Search.Evaluation;

/// <summary>
/// Evaluates architectures on benchmark items through a real runner (whose models share one response cache across
/// trials — that is what makes calls reusable). A trial on n items runs the first n search items, a batch of
/// <see cref="Concurrency"/> at a time; before each batch it checks the batch's worst-case calls and dollars against
/// the budget and stops the trial when they might not fit. Calls are counted from the query traces. For judge-scored
/// kinds the judge runs through the same runner (so it shares the cache) and its calls count towards the trial's calls
/// made and dollars spent, but not towards the architecture's own calls or dollars per query.
/// </summary>
public sealed class BenchmarkTrialEvaluator : ITrialEvaluator
{
    private readonly IReadOnlyList<BenchmarkItem> _items;
    private readonly IArchitectureRunner _runner;
    private readonly IScorer _scorer;
    private readonly CallCountingRunner? _judge;

    /// <param name="searchItems">The search split, in a fixed order.</param>
    /// <param name="runner">Runs architectures; its models should share one response cache.</param>
    /// <param name="scorer">Scores an item's answers.</param>
    public BenchmarkTrialEvaluator(IReadOnlyList<BenchmarkItem> searchItems, IArchitectureRunner runner, IScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(searchItems);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(scorer);
        if (searchItems.Count == 0)
        {
            throw new ArgumentException("the search split has no items", nameof(searchItems));
        }

        _items = searchItems;
        _runner = runner;
        _scorer = scorer;
    }

    /// <summary>An evaluator whose scorer runs a judge: <paramref name="judgedScorer"/> gets the runner to judge with.</summary>
    /// <param name="searchItems">The search split, in a fixed order.</param>
    /// <param name="runner">Runs the architectures and the judge; its models should share one response cache.</param>
    /// <param name="judgedScorer">Builds the scorer from the judge's runner (whose calls this evaluator counts).</param>
    public BenchmarkTrialEvaluator(IReadOnlyList<BenchmarkItem> searchItems, IArchitectureRunner runner, Func<IArchitectureRunner, IScorer> judgedScorer)
        : this(searchItems, runner, Judged(runner, judgedScorer, out var judge))
    {
        _judge = judge;
    }

    /// <summary>Items run concurrently within a trial. Default 8.</summary>
    public int Concurrency { get; init; } = 8;

    public int SearchItems => _items.Count;

    /// <summary>Per-item results of the last trial (for held-out reports).</summary>
    public IReadOnlyList<ItemResult> LastResults { get; private set; } = [];

    public async Task<TrialMeasurement> EvaluateAsync(FeasiblePoint point, int items, TrialBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(budget);
        return await EvaluateItemsAsync(point, _items.Take(Math.Clamp(items, 1, _items.Count)).ToList(), budget, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Evaluates <paramref name="point"/> on any items (e.g. the held-out split).</summary>
    public async Task<TrialMeasurement> EvaluateItemsAsync(FeasiblePoint point, IReadOnlyList<BenchmarkItem> items, TrialBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(budget);
        var counter = new CallCountingRunner(_runner);
        var judgeBefore = JudgeTotals();
        var results = new List<ItemResult>();
        var exhausted = false;
        for (var start = 0; start < items.Count; start += Math.Max(1, Concurrency))
        {
            var batch = items.Skip(start).Take(Math.Max(1, Concurrency)).ToList();
            var (architecture, judged) = (counter.Totals, JudgeTotals() - judgeBefore);
            var (calls, paid) = (architecture.Made + judged.Made, architecture.PaidUsd + judged.PaidUsd);
            var judgeCallsPerItem = results.Count == 0 ? 0 : (double)judged.Calls / results.Count;
            var worstCalls = batch.Sum(i => (long)point.Estimate.CallsPerQuery * i.Turns.Count + (long)Math.Ceiling(judgeCallsPerItem));
            var worstUsd = batch.Sum(i => point.Estimate.UsdPerQuery * i.Turns.Count);
            if ((budget.RemainingCalls is { } rc && calls + worstCalls > rc) || (budget.RemainingUsd is { } ru && paid + worstUsd > ru))
            {
                exhausted = true;
                break;
            }

            var done = await Task.WhenAll(batch.Select(i => ItemEvaluator.EvaluateAsync(i, point.Architecture, counter, _scorer, QueryOptions.None, cancellationToken))).ConfigureAwait(false);
            results.AddRange(done);
        }

        LastResults = results;
        var totals = counter.Totals;
        var judge = JudgeTotals() - judgeBefore;
        var n = Math.Max(1, results.Count);
        var scores = results.Select(r => (r.Score ?? 0) * 100).ToArray();
        var mean = scores.Length > 0 ? scores.Average() : 0;
        var sd = scores.Length > 1 ? Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / (scores.Length - 1)) : 0;
        // Latency in use: a trial whose calls the cache answered still takes what those calls took when made.
        var latencies = results.Select(r => r.UncachedCriticalPathMs > 0 ? r.UncachedCriticalPathMs : r.CriticalPathMs > 0 ? r.CriticalPathMs : r.LatencyMs).Order().ToArray();
        var p95 = latencies.Length > 0 ? latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(0.95 * latencies.Length) - 1)] : 0;
        return new TrialMeasurement(
            mean,
            scores.Length > 1 ? 1.96 * sd / Math.Sqrt(scores.Length) : 0,
            results.Count,
            totals.ListedUsd / n,
            p95,
            (double)totals.Calls / n,
            totals.Made + judge.Made,
            totals.Calls + judge.Calls,
            totals.PaidUsd + judge.PaidUsd,
            exhausted)
        {
            JudgeCalls = judge.Calls,
        };
    }

    private static IScorer Judged(IArchitectureRunner runner, Func<IArchitectureRunner, IScorer> judgedScorer, out CallCountingRunner judge)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(judgedScorer);
        judge = new CallCountingRunner(runner);
        return judgedScorer(judge);
    }

    // The judge's totals so far (all trials); a trial's judge calls are the difference across it.
    private CallTotals JudgeTotals() => _judge?.Totals ?? default;
}
