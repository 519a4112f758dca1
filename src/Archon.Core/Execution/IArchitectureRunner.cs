using Archon.Core.Architectures;
using Microsoft.Extensions.AI;

namespace Archon.Core.Execution;

/// <summary>Runs an architecture on one conversation, layer by layer.</summary>
public interface IArchitectureRunner
{
    /// <summary>Runs <paramref name="architecture"/> on <paramref name="messages"/> (which are not mutated).</summary>
    Task<QueryResult> RunAsync(
        ArchitectureConfig architecture,
        IReadOnlyList<ChatMessage> messages,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default);
}
