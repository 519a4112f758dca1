using System.Diagnostics;
using Archon.Benchmarks.Datasets;
using Archon.Benchmarks.Results;
using Archon.Benchmarks.Scoring;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.AI;

namespace Archon.Benchmarks.Running;

/// <summary>Runs one item through an architecture and scores it.</summary>
public static class ItemEvaluator
{
    /// <summary>
    /// Asks <paramref name="architecture"/> every turn of <paramref name="item"/> (turn k+1 follows the
    /// architecture's own answer to turn k, as MT-Bench requires) and scores the answers. Never throws for a bad
    /// item: a failing query (<see cref="QueryResult.Failed"/>: a component's model calls failed after their retries)
    /// or scorer is recorded in <see cref="ItemResult.Error"/>, and the item is not scored. Only cancellation by
    /// <paramref name="cancellationToken"/> propagates.
    /// </summary>
    public static Task<ItemResult> EvaluateAsync(
        BenchmarkItem item,
        ArchitectureConfig architecture,
        IArchitectureRunner runner,
        IScorer scorer,
        QueryOptions? queryOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        return EvaluateAsync(item, ResolvedArchitecture.Unresolved(architecture), runner, scorer, queryOptions, cancellationToken);
    }

    /// <summary>
    /// As <see cref="EvaluateAsync(BenchmarkItem, ArchitectureConfig, IArchitectureRunner, IScorer, QueryOptions?, CancellationToken)"/>,
    /// with an architecture <paramref name="runner"/> resolved once for every item of a run.
    /// </summary>
    public static async Task<ItemResult> EvaluateAsync(
        BenchmarkItem item,
        ResolvedArchitecture architecture,
        IArchitectureRunner runner,
        IScorer scorer,
        QueryOptions? queryOptions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(scorer);
        var answers = new List<string>();
        var acc = new Accumulator();
        var result = new ItemResult { ItemId = item.Id, Category = item.Category, Subcategory = item.Subcategory };
        try
        {
            var messages = new List<ChatMessage>();
            foreach (var turn in item.Turns)
            {
                messages.Add(new ChatMessage(ChatRole.User, turn));
                var started = Stopwatch.GetTimestamp();
                var query = await runner.RunAsync(architecture, messages.ToList(), queryOptions, cancellationToken).ConfigureAwait(false);
                acc.Add(query, Stopwatch.GetElapsedTime(started));
                if (query.Failed)
                {
                    // A component's model calls failed after their retries: whatever answer is left is not the
                    // architecture's, so the item is an error (counted 0 in the score), never a scored answer.
                    return acc.Apply(result with { Error = $"query failed: {string.Join("; ", query.Failures)}" }, answers);
                }

                if (query.StopReason != StopReason.Completed && string.IsNullOrEmpty(query.Answer))
                {
                    return acc.Apply(result with { Error = $"query stopped early ({query.StopReason}): {query.StopDetail}" }, answers);
                }

                answers.Add(query.Answer);
                messages.Add(new ChatMessage(ChatRole.Assistant, query.Answer));
            }

            var score = await scorer.ScoreAsync(item, answers, cancellationToken).ConfigureAwait(false);
            return acc.Apply(
                result with
                {
                    Score = score.Score is { } s ? Math.Clamp(s, 0, 1) : null,
                    Correct = score.Correct,
                    Detail = score.Detail,
                    JudgeCalls = score.JudgeUsage.Calls,
                    CostUsd = score.JudgeUsage.CostUsd,
                    Simulated = score.JudgeSimulated,
                    Sandbox = score.Sandbox,
                    BaselineChars = score.BaselineChars,
                },
                answers);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Per-item isolation: any failure of one item is recorded on that item, never fatal to the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return acc.Apply(result with { Error = $"{ex.GetType().Name}: {ex.Message}" }, answers);
        }
    }

    private sealed class Accumulator
    {
        private TimeSpan _elapsed;
        private TimeSpan _criticalPath;
        private TimeSpan _uncachedCriticalPath;
        private int _calls;
        private long _input;
        private long _output;
        private decimal _cost;
        private decimal _saved;
        private bool _simulated;

        public void Add(QueryResult query, TimeSpan elapsed)
        {
            _elapsed += query.Trace.Elapsed > TimeSpan.Zero ? query.Trace.Elapsed : elapsed;
            _criticalPath += query.Trace.CriticalPath;
            _uncachedCriticalPath += query.Trace.UncachedCriticalPath > query.Trace.CriticalPath ? query.Trace.UncachedCriticalPath : query.Trace.CriticalPath;
            _calls += query.Trace.Totals.Calls;
            _input += query.Trace.Totals.InputTokens;
            _output += query.Trace.Totals.OutputTokens;
            _cost += query.Trace.Totals.CostUsd;
            _saved += query.Trace.Totals.SavedUsd;
            _simulated |= query.Simulated;
        }

        public ItemResult Apply(ItemResult result, List<string> answers) => result with
        {
            Answer = answers.Count > 0 ? answers[^1] : null,
            TurnAnswers = answers.Count > 1 ? answers.ToList() : null,
            LatencyMs = _elapsed.TotalMilliseconds,
            CriticalPathMs = _criticalPath.TotalMilliseconds,
            UncachedCriticalPathMs = _uncachedCriticalPath.TotalMilliseconds,
            Calls = _calls,
            InputTokens = _input,
            OutputTokens = _output,
            CostUsd = result.CostUsd + _cost,
            SavedUsd = _saved,
            Simulated = result.Simulated || _simulated,
        };
    }
}
