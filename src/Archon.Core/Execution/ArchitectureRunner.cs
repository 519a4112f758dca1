using Archon.Core.Architectures;
using Archon.Core.Candidates;
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
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

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
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
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
        return await RunResolvedAsync(resolved, messages, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QueryResult> RunResolvedAsync(
        ResolvedArchitecture prepared,
        IReadOnlyList<ChatMessage> messages,
        QueryOptions options,
        CancellationToken cancellationToken)
    {
        var architecture = prepared.Config;
        using var span = ExecutionSpans.StartArchitecture(architecture);
        var start = _time.GetTimestamp();
        var trace = new TraceCollector();
        using var deadlineCts = options.Deadline is { } deadline ? new CancellationTokenSource(deadline, _time) : null;
        using var linkedCts = deadlineCts is null
            ? null
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadlineCts.Token);
        var token = linkedCts?.Token ?? cancellationToken;
        var deadlineToken = deadlineCts?.Token ?? CancellationToken.None;
        var budget = new QueryBudget(options, trace, deadlineToken);
        var stream = FinalAnswerStream.For(architecture, options, _registry);
        var invoker = new ModelInvoker(
            prepared.Models, _resolver, budget, trace, _time, start, deadlineToken, cancellationToken, _logger, stream);
        var conversation = CopyOf(messages);

        IReadOnlyList<Candidate> candidates = [];
        var unitTests = new List<string>();
        StopReason stop = StopReason.Completed;
        string? stopDetail = null;
        IReadOnlyList<ComponentFailure> failures = [];
        for (var layer = 0; layer < prepared.Layers.Count; layer++)
        {
            if (StopBeforeLayer(cancellationToken, budget) is { } early)
            {
                (stop, stopDetail) = early;
                ExecutionLog.QueryStopped(_logger, layer, stop, stopDetail);
                break;
            }

            var type = architecture.Layers[layer].Type;
            var components = prepared.Layers[layer];
            using var layerSpan = ExecutionSpans.StartLayer(layer, type, components.Count, candidates.Count);
            var layerStart = _time.GetTimestamp();
            var tests = unitTests.ToArray();
            var runs = new Task<ComponentRun>[components.Count];
            for (var c = 0; c < components.Count; c++)
            {
                var input = new ComponentInput(layer, c, conversation, candidates, tests, invoker);
                var config = architecture.Layers[layer].Components[c];
                runs[c] = RunComponentAsync(components[c], config, input, cancellationToken, deadlineToken, token);
            }

            var results = await Task.WhenAll(runs).ConfigureAwait(false);
            var configs = architecture.Layers[layer].Components;
            var layerFailures = FindFailures(layer, configs, results, trace);
            var outputs = CollectOutputs(layer, components, results, trace);
            var stopped = Array.Find(results, r => r.Stop is not null);
            RecordLayer(trace, layer, type, components.Count, start, layerStart, completed: stopped is null && layerFailures.Count == 0);
            if (stopped is not null || layerFailures.Count > 0)
            {
                (stop, stopDetail) = stopped is not null
                    ? (stopped.Stop!.Value, stopped.StopDetail)
                    : (StopReason.Failed, string.Join("; ", layerFailures));
                failures = stopped is null ? layerFailures : [];
                ExecutionLog.QueryStopped(_logger, layer, stop, stopDetail ?? string.Empty);
                if (layer == 0)
                {
                    // No layer completed: keep what the generators that did finish produced.
                    candidates = outputs.SelectMany(o => o.Candidates).ToArray();
                }

                ExecutionSpans.EndLayer(layerSpan, candidates.Count, completed: false);
                break;
            }

            var outcome = LayerCombiner.Combine(_registry, type, candidates, outputs);
            if (outcome.Candidates.Count == 0 && candidates.Count > 0)
            {
                trace.AddWarning(new TraceWarning(layer, type, -1, "The layer produced no candidates; its input candidates were passed on."));
            }
            else
            {
                candidates = outcome.Candidates;
            }

            unitTests.AddRange(outcome.UnitTests.Where(t => !unitTests.Contains(t, StringComparer.Ordinal)));
            ExecutionSpans.EndLayer(layerSpan, candidates.Count, completed: true);
        }

        var result = BuildResult(trace, candidates, unitTests, stop, stopDetail, start, stream) with { Failures = failures };
        ExecutionSpans.EndArchitecture(span, stop, result.Trace.Totals.Calls, result.Trace.Totals.CostUsd, result.AnswerStreamed);
        ExecutionLog.QueryFinished(
            _logger, result.Trace.Totals.Calls, result.Trace.Elapsed.TotalMilliseconds, result.Trace.CriticalPath.TotalMilliseconds, stop);
        return result;
    }

    private static (StopReason, string)? StopBeforeLayer(CancellationToken cancellationToken, QueryBudget budget)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return (StopReason.Cancelled, "The query was cancelled.");
        }

        return budget.DeadlinePassed ? (StopReason.Deadline, budget.DeadlineExceeded().Message) : null;
    }

    // The component's span is current while it runs, so the model-call spans of its calls become its children.
    private async Task<ComponentRun> RunComponentAsync(
        IArchitectureComponent component,
        ComponentConfig config,
        ComponentInput input,
        CancellationToken callerToken,
        CancellationToken deadlineToken,
        CancellationToken token)
    {
        using var span = ExecutionSpans.StartComponent(input.Layer, input.ComponentIndex, config);
        try
        {
            var output = await component.RunAsync(input, token).ConfigureAwait(false);
            ExecutionSpans.EndComponent(span, output.Candidates.Count, output.Warnings.Count);
            return ComponentRun.Succeeded(output);
        }
        catch (BudgetExceededException ex)
        {
            var reason = QueryBudget.StopReasonOf(ex.Limit);
            ExecutionSpans.Stopped(span, reason);
            return ComponentRun.Stopped(reason, ex.Message);
        }
        catch (OperationCanceledException) when (callerToken.IsCancellationRequested)
        {
            ExecutionSpans.Stopped(span, StopReason.Cancelled);
            return ComponentRun.Stopped(StopReason.Cancelled, "The query was cancelled.");
        }
        catch (OperationCanceledException) when (deadlineToken.IsCancellationRequested)
        {
            ExecutionSpans.Stopped(span, StopReason.Deadline);
            return ComponentRun.Stopped(StopReason.Deadline, "The query's deadline passed.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ExecutionSpans.Failed(span, ex);
            ExecutionLog.ComponentFailed(_logger, ex, component.Type, input.ComponentIndex, input.Layer);
            return ComponentRun.Failed(ex);
        }
    }

    // A component that produced nothing fails the query unless its config marks it optional; then it is a warning
    // and its output (if any) is dropped, as before.
    private List<ComponentFailure> FindFailures(int layer, IReadOnlyList<ComponentConfig> configs, ComponentRun[] results, TraceCollector trace)
    {
        var failures = new List<ComponentFailure>();
        var calls = trace.CallsOfLayer(layer);
        for (var c = 0; c < results.Length; c++)
        {
            if (results[c].Stop is not null)
            {
                continue;
            }

            var failure = results[c].Failure is { } exception
                ? ComponentFailures.FromException(layer, c, configs[c], exception)
                : ComponentFailures.FromCalls(layer, c, configs[c], calls);
            if (failure is null)
            {
                continue;
            }

            if (ComponentFailures.IsOptional(configs[c]))
            {
                trace.AddWarning(new TraceWarning(layer, configs[c].Type, c, $"The optional component produced nothing and its output was dropped: {failure.Message}"));
                results[c] = results[c] with { Output = null };
            }
            else
            {
                ExecutionLog.ComponentProducedNothing(_logger, failure.ToString());
                failures.Add(failure);
            }
        }

        return failures;
    }

    private List<ComponentOutput> CollectOutputs(
        int layer, IReadOnlyList<IArchitectureComponent> components, ComponentRun[] results, TraceCollector trace)
    {
        var outputs = new List<ComponentOutput>(results.Length);
        for (var c = 0; c < results.Length; c++)
        {
            var run = results[c];
            if (run.Output is not { } output)
            {
                continue;
            }

            outputs.Add(output);
            trace.AddOutcomes(output.Calls);
            foreach (var warning in output.Warnings)
            {
                ExecutionLog.ComponentWarning(_logger, layer, components[c].Type, warning);
                trace.AddWarning(new TraceWarning(layer, components[c].Type, c, warning));
            }
        }

        return outputs;
    }

    private void RecordLayer(TraceCollector trace, int layer, string type, int components, long queryStart, long layerStart, bool completed)
    {
        var calls = trace.CallsOfLayer(layer);
        var critical = CriticalPath.ByLayer(calls);
        trace.AddLayer(new LayerTrace(
            layer,
            type,
            components,
            _time.GetElapsedTime(queryStart, layerStart),
            _time.GetElapsedTime(layerStart),
            critical.GetValueOrDefault(layer),
            UsageTotals.Sum(calls),
            completed));
    }

    private QueryResult BuildResult(
        TraceCollector collector,
        IReadOnlyList<Candidate> candidates,
        List<string> unitTests,
        StopReason stop,
        string? stopDetail,
        long start,
        FinalAnswerStream? stream)
    {
        var trace = collector.Build(_time.GetElapsedTime(start));
        var final = candidates.Count > 0 ? candidates[0] : null;
        var streamed = stream?.CompletedText is { } text
            && stop == StopReason.Completed
            && final?.Source.Layer == stream.Layer
            && string.Equals(final.Text, text, StringComparison.Ordinal);
        return new QueryResult
        {
            Answer = final?.Text ?? string.Empty,
            Final = final,
            Candidates = candidates,
            UnitTests = unitTests.ToArray(),
            Trace = trace,
            StopReason = stop,
            StopDetail = stop == StopReason.Completed ? null : stopDetail,
            AnswerStreamed = streamed,
            Simulated = trace.Calls.Any(c => c.Simulated) || candidates.Any(c => c.Simulated),
        };
    }

    // The caller's list and messages stay untouched whatever a component does with its input.
    private static ChatMessage[] CopyOf(IReadOnlyList<ChatMessage> messages)
    {
        var copy = new ChatMessage[messages.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var clone = messages[i].Clone();
            clone.Contents = [.. messages[i].Contents];
            copy[i] = clone;
        }

        return copy;
    }
}
