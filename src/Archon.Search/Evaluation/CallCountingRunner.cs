using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.AI;

namespace Archon.Search.Evaluation;

/// <summary>
/// Wraps a runner and adds up every query's calls from its trace: all calls, cache hits (<c>CallRecord.CacheHit</c>),
/// dollars of calls that were paid and dollars of all calls at catalog prices (<c>CallRecord.ListCostUsd</c>, cached
/// or not). Thread-safe.
/// </summary>
internal sealed class CallCountingRunner(IArchitectureRunner inner) : IArchitectureRunner
{
    private readonly Lock _gate = new();
    private long _calls;
    private long _hits;
    private decimal _paid;
    private decimal _listed;

    public CallTotals Totals
    {
        get
        {
            lock (_gate)
            {
                return new CallTotals(_calls, _hits, _paid, _listed);
            }
        }
    }

    public async Task<QueryResult> RunAsync(ArchitectureConfig architecture, IReadOnlyList<ChatMessage> messages, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await inner.RunAsync(architecture, messages, options, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var call in result.Trace.Calls)
            {
                _calls++;
                _listed += call.ListCostUsd;
                if (call.CacheHit)
                {
                    _hits++;
                }
                else
                {
                    _paid += call.CostUsd;
                }
            }
        }

        return result;
    }
}
