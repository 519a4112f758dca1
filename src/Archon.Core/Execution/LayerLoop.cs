using Archon.Core.Architectures;
using Archon.Core.Candidates;
using Archon.Core.Components;
using Archon.Core.Models;
using Archon.Core.Tracing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Execution;

/// <summary>
/// The layer loop of <see cref="ArchitectureRunner"/> over an architecture it has resolved: each layer's components
/// run concurrently on the previous layer's candidates (<see cref="LayerComponentRunner"/>), their outputs are combined
/// by <see cref="LayerCombiner"/>, and a limit, the deadline, cancellation or a failed component stops the query after
/// the current layer. Builds the <see cref="QueryResult"/> with its trace, spans and log lines.
/// </summary>
internal sealed class LayerLoop
{
    private readonly IModelResolver _resolver;
    private readonly ComponentRegistry _registry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly LayerComponentRunner _components;

    public LayerLoop(IModelResolver resolver, ComponentRegistry registry, TimeProvider time, ILogger logger)
    {
        _resolver = resolver;
        _registry = registry;
        _time = time;
        _logger = logger;
        _components = new LayerComponentRunner(logger);
    }

    public async Task<QueryResult> RunAsync(
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
                runs[c] = _components.RunAsync(components[c], config, input, cancellationToken, deadlineToken, token);
            }

            var results = await Task.WhenAll(runs).ConfigureAwait(false);
            var configs = architecture.Layers[layer].Components;
            var layerFailures = _components.FindFailures(layer, configs, results, trace);
            var outputs = _components.CollectOutputs(layer, components, results, trace);
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
