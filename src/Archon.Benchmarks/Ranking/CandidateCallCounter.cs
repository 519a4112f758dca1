using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.AI;

namespace Archon.Benchmarks.Ranking;

/// <summary>Counts the generator-layer calls that were sent to a model rather than answered from the response cache.</summary>
internal sealed class CandidateCallCounter(IArchitectureRunner inner) : IArchitectureRunner
{
    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    public async Task<QueryResult> RunAsync(ArchitectureConfig architecture, IReadOnlyList<ChatMessage> messages, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await inner.RunAsync(architecture, messages, options, cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _sent, result.Trace.Calls.Count(c => c.Layer == 0 && !c.CacheHit));
        return result;
    }
}
