using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Models;
using Archon.Core.Tracing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archon.Core.Execution;

/// <summary>
/// Runs one component of an architecture on a given layer input, with the same model invoker, budget and trace
/// recording as <see cref="ArchitectureRunner"/>. Hosts that fan a layer out into separately scheduled steps (one
/// orchestration activity per component run or sample) run each step with this and combine the layer with
/// <see cref="LayerSteps"/>, so the answer and trace match the in-process engine's.
/// </summary>
public sealed class ComponentStepRunner
{
    private readonly IModelResolver _resolver;
    private readonly ComponentRegistry _registry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates a step runner over the same resolver and registry an <see cref="ArchitectureRunner"/> uses.</summary>
    public ComponentStepRunner(
        IModelResolver resolver, ComponentRegistry registry, TimeProvider? timeProvider = null, ILogger<ComponentStepRunner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(registry);
        _resolver = resolver;
        _registry = registry;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Runs <paramref name="step"/>. <paramref name="options"/> limit this step alone (a host passes what is left of the
    /// query's budget). Never throws for a failing component or model: the result says how the step ended.
    /// </summary>
    /// <exception cref="InvalidArchitectureException">The architecture cannot run, or the step names no component.</exception>
    public async Task<ComponentStepResult> RunAsync(
        ArchitectureConfig architecture, ComponentStep step, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(step);
        options ??= QueryOptions.None;
        options.ThrowIfInvalid();
        var (component, models) = ResolveStep(architecture, step);
        var start = _time.GetTimestamp();
        var trace = new TraceCollector();
        using var deadlineCts = options.Deadline is { } deadline ? new CancellationTokenSource(deadline, _time) : null;
        using var linkedCts = deadlineCts is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadlineCts.Token);
        var token = linkedCts?.Token ?? cancellationToken;
        var deadlineToken = deadlineCts?.Token ?? CancellationToken.None;
        var budget = new QueryBudget(options, trace, deadlineToken);
        var invoker = new ModelInvoker(models, _resolver, budget, trace, _time, start, deadlineToken, cancellationToken, _logger);
        var input = new ComponentInput(step.Layer, step.ComponentIndex, [.. step.Conversation], step.Candidates, step.UnitTests, invoker)
        {
            Sample = step.Sample,
        };

        ComponentOutput? output = null;
        StopReason? stop = null;
        string? stopDetail = null;
        try
        {
            output = await component.RunAsync(input, token).ConfigureAwait(false);
            foreach (var warning in output.Warnings)
            {
                trace.AddWarning(new TraceWarning(step.Layer, component.Type, step.ComponentIndex, warning));
            }
        }
        catch (BudgetExceededException ex)
        {
            (stop, stopDetail) = (QueryBudget.StopReasonOf(ex.Limit), ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            (stop, stopDetail) = (StopReason.Cancelled, "The query was cancelled.");
        }
        catch (OperationCanceledException) when (deadlineToken.IsCancellationRequested)
        {
            (stop, stopDetail) = (StopReason.Deadline, "The query's deadline passed.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ExecutionLog.ComponentFailed(_logger, ex, component.Type, step.ComponentIndex, step.Layer);
            trace.AddWarning(new TraceWarning(step.Layer, component.Type, step.ComponentIndex, $"The component failed and its output was dropped: {ex.Message}"));
        }

        var built = trace.Build(_time.GetElapsedTime(start));
        return new ComponentStepResult(output, built.Calls, built.Warnings, stop, stopDetail);
    }

    // The architecture was checked where the query entered; a step resolves only its own component and model.
    private (IArchitectureComponent Component, IReadOnlyDictionary<string, ResolvedModel> Models) ResolveStep(ArchitectureConfig architecture, ComponentStep step)
    {
        var layers = architecture.Layers;
        if (step.Layer < 0 || step.Layer >= layers.Count || layers[step.Layer]?.Components is not { } configs
            || step.ComponentIndex < 0 || step.ComponentIndex >= configs.Count)
        {
            throw new InvalidArchitectureException([$"$.layers[{step.Layer}][{step.ComponentIndex}]: the architecture has no such component."]);
        }

        var config = configs[step.ComponentIndex];
        if (!_registry.Contains(config.Type) || _resolver.Resolve(config.Model, config.ModelType) is not { } model)
        {
            throw new InvalidArchitectureException(ResolvedArchitecture.FindProblems(architecture, _registry, _resolver));
        }

        return (_registry.Create(config), new Dictionary<string, ResolvedModel>(StringComparer.Ordinal) { [config.Model] = model });
    }
}
