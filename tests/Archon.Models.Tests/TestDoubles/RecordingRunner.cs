using System.Collections.Concurrent;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.AI;

namespace Archon.Models.Tests.TestDoubles;

/// <summary>Wraps a real runner and records each query's final answer, so tests can read the raw judge replies.</summary>
internal sealed class RecordingRunner(IArchitectureRunner inner) : IArchitectureRunner
{
    public ConcurrentQueue<string> Answers { get; } = new();

    public async Task<QueryResult> RunAsync(ArchitectureConfig architecture, IReadOnlyList<ChatMessage> messages, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await inner.RunAsync(architecture, messages, options, cancellationToken);
        Answers.Enqueue(result.Answer);
        return result;
    }
}
