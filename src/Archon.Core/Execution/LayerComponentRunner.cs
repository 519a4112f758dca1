using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Models;
using Archon.Core.Tracing;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Execution;

/// <summary>
/// One layer's components as <see cref="LayerLoop"/> runs them: each component in its own span, its end mapped to a
/// <see cref="ComponentRun"/> (an output, stopped by a limit, the deadline or cancellation, or failed); then the runs
/// sorted into the outputs the layer combines and the failures that stop the query (see <see cref="ComponentFailures"/>).
/// </summary>
internal sealed class LayerComponentRunner(ILogger logger)
{
    private readonly ILogger _logger = logger;

    // The component's span is current while it runs, so the model-call spans of its calls become its children.
    public async Task<ComponentRun> RunAsync(
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
    public List<ComponentFailure> FindFailures(int layer, IReadOnlyList<ComponentConfig> configs, ComponentRun[] results, TraceCollector trace)
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

    public List<ComponentOutput> CollectOutputs(
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
}
