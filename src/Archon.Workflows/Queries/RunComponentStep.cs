using Archon.Core.Execution;
using Microsoft.DurableTask;

namespace Archon.Workflows.Queries;

/// <summary>
/// Activity: runs one component step with the in-process engine's step runner (the same model pipeline, budget and
/// trace recording). Idempotent in effect: a rerun makes the same calls again, which the response cache answers.
/// </summary>
internal sealed class RunComponentStep(ComponentStepRunner runner, TimeProvider time) : TaskActivity<ComponentStepRequest, ComponentStepResult>
{
    public const string Name = nameof(RunComponentStep);

    public override Task<ComponentStepResult> RunAsync(TaskActivityContext context, ComponentStepRequest input) => RunAsync(input);

    public Task<ComponentStepResult> RunAsync(ComponentStepRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var step = new ComponentStep(
            input.Layer, input.ComponentIndex, input.Sample, QueryMessage.ToChatMessages(input.Messages), input.Candidates, input.UnitTests);
        TimeSpan? deadline = input.DeadlineUtc is { } at ? Max(TimeSpan.Zero, at - time.GetUtcNow().UtcDateTime) : null;
        var options = new QueryOptions { MaxCalls = input.MaxCalls, MaxCostUsd = input.MaxCostUsd, Deadline = deadline };
        return runner.RunAsync(input.Architecture, step, options);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
