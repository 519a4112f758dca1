using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Core.Tracing;
using Archon.Workflows.Queries;
using Microsoft.Extensions.AI;

namespace Archon.Workflows.Benchmarks;

/// <summary>
/// A runner that answers an item's turns with results the architecture orchestration already produced (turn k with
/// the k-th), so an item run as orchestrations is scored by the same <c>ItemEvaluator</c> as one run in process.
/// </summary>
internal sealed class AnsweredTurns(IReadOnlyList<QueryResponse> turns) : IArchitectureRunner
{
    private int _next;

    public Task<QueryResult> RunAsync(
        ArchitectureConfig architecture, IReadOnlyList<ChatMessage> messages, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (_next >= turns.Count)
        {
            throw new InvalidOperationException($"the item asked turn {_next + 1}, but only {turns.Count} turns were answered");
        }

        var turn = turns[_next++];
        return Task.FromResult(new QueryResult
        {
            Answer = turn.Answer,
            StopReason = turn.StopReason,
            StopDetail = turn.StopDetail,
            Simulated = turn.Simulated,
            Trace = new QueryTrace
            {
                Calls = [],
                Totals = new UsageTotals(turn.Usage.Calls, turn.Usage.InputTokens, turn.Usage.OutputTokens, turn.Usage.CostUsd, turn.Usage.CacheHits),
                Elapsed = TimeSpan.FromMilliseconds(turn.Trace.ElapsedMs),
                CriticalPath = TimeSpan.FromMilliseconds(turn.Trace.CriticalPathMs),
            },
        });
    }
}
