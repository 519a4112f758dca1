using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Models;
using Archon.Core.Tracing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archon.Core.Execution;

/// <summary>
/// Runs an architecture layer by layer. All components of a layer run concurrently on the previous layer's
/// candidates (and each component runs its own calls concurrently); the layer's outputs are combined as
/// <see cref="LayerCombiner"/> documents. The answer is the first candidate of the last executed layer. A budget
/// limit, the deadline or cancellation stops the query after the current layer's in-flight calls; the result then
/// holds the last completed layer's candidates and the reason. A component that produced nothing (every model call
/// failed after its retries, or it threw; see <see cref="ComponentFailures"/>) stops the query the same way with
/// <see cref="StopReason.Failed"/>, unless its config marks it <c>optional</c>. Spans (source <see cref="ArchonCoreTelemetry.SourceName"/>):
/// one per run, per layer and per component run, nested so model-call spans sit under their component. With
/// <see cref="QueryOptions.FinalLayerDeltas"/> the final call streams (see <see cref="FinalAnswerStream"/>).
/// </summary>
public sealed class ArchitectureRunner : IArchitectureRunner
{
    private readonly IModelResolver _resolver;
    private readonly ComponentRegistry _registry;
    private readonly LayerLoop _loop;

    /// <summary>Creates a runner.</summary>
    /// <param name="resolver">Resolves the architecture's model names.</param>
    /// <param name="registry">The component types the architecture may use.</param>
    /// <param name="timeProvider">Clock for latencies and the deadline; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="logger">Logger; none by default.</param>
    public ArchitectureRunner(
        IModelResolver resolver,
        ComponentRegistry registry,
        TimeProvider? timeProvider = null,
        ILogger<ArchitectureRunner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(registry);
        _resolver = resolver;
        _registry = registry;
        _loop = new LayerLoop(resolver, registry, timeProvider ?? TimeProvider.System, (ILogger?)logger ?? NullLogger.Instance);
    }

    /// <summary>
    /// Every reason <paramref name="architecture"/> cannot run here (unregistered component types, models missing
    /// from the catalog, empty layers), each starting with its JSON path. Empty when it can run.
    /// </summary>
    public IReadOnlyList<string> FindProblems(ArchitectureConfig architecture) =>
        ResolvedArchitecture.FindProblems(architecture, _registry, _resolver);

    /// <summary>
    /// Checks <paramref name="architecture"/> against this runner's components and catalog and resolves it once, for
    /// <see cref="RunAsync(ResolvedArchitecture, IReadOnlyList{ChatMessage}, QueryOptions?, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="InvalidArchitectureException">The architecture cannot run here.</exception>
    public ResolvedArchitecture Resolve(ArchitectureConfig architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        return ResolvedArchitecture.Create(architecture, _registry, _resolver, this);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidArchitectureException">The architecture cannot run; thrown before any model call.</exception>
    public Task<QueryResult> RunAsync(
        ArchitectureConfig architecture,
        IReadOnlyList<ChatMessage> messages,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(ResolvedArchitecture.Unresolved(architecture), messages, options, cancellationToken);

    /// <inheritdoc />
    /// <remarks>An architecture another runner resolved is resolved again here (its components and models are that runner's).</remarks>
    public async Task<QueryResult> RunAsync(
        ResolvedArchitecture architecture,
        IReadOnlyList<ChatMessage> messages,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(messages);
        options ??= QueryOptions.None;
        options.ThrowIfInvalid();
        var resolved = ReferenceEquals(architecture.ResolvedBy, this) ? architecture : Resolve(architecture.Config);
        return await _loop.RunAsync(resolved, messages, options, cancellationToken).ConfigureAwait(false);
    }
}
