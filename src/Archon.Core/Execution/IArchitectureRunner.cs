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

    /// <summary>
    /// Checks and resolves <paramref name="architecture"/> once, ahead of any number of runs. A runner that resolves
    /// nothing ahead (the default) keeps the config and checks it when it runs.
    /// </summary>
    ResolvedArchitecture Resolve(ArchitectureConfig architecture) => ResolvedArchitecture.Unresolved(architecture);

    /// <summary>Runs an architecture <see cref="Resolve"/> returned, without checking or resolving it again.</summary>
    Task<QueryResult> RunAsync(
        ResolvedArchitecture architecture,
        IReadOnlyList<ChatMessage> messages,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default) =>
        RunAsync((architecture ?? throw new ArgumentNullException(nameof(architecture))).Config, messages, options, cancellationToken);
}
