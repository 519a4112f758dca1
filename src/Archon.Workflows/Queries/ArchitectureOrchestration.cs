using Archon.Core.Execution;
using Microsoft.DurableTask;

namespace Archon.Workflows.Queries;

/// <summary>
/// Orchestration: runs an architecture layer by layer, each layer fanned out as one activity per component run (one
/// per sample for generators and fusers, so one per model call) and fanned in before the next layer. The instance id
/// is the query id. Decisions live in <see cref="ArchitectureRunState"/>; the output is the same
/// <see cref="QueryResponse"/> a synchronous query returns.
/// </summary>
internal static class ArchitectureOrchestration
{
    public const string Name = nameof(ArchitectureOrchestration);

    public static async Task<QueryResponse> RunAsync(TaskOrchestrationContext context, ArchitectureRunInput input)
    {
        var state = new ArchitectureRunState(input, context.CurrentUtcDateTime);
        for (var layer = 0; layer < input.Architecture.Layers.Count && !state.Stopped; layer++)
        {
            if (!state.MayStartLayer(layer, context.CurrentUtcDateTime))
            {
                break;
            }

            var layerStart = context.CurrentUtcDateTime;
            var steps = LayerSteps.Plan(input.Architecture, layer);
            var results = await Task.WhenAll(state.StepRequests(layer, steps).Select(request =>
                context.CallActivityAsync<ComponentStepResult>(RunComponentStep.Name, request)));
            state.CompleteLayer(layer, steps, results, layerStart, context.CurrentUtcDateTime);
        }

        var response = QueryResponse.From(context.InstanceId, input.Architecture.Name, state.Finish(context.CurrentUtcDateTime));
        if (input.SaveResult)
        {
            await context.CallActivityAsync(SaveQueryResult.Name, response);
        }

        return response;
    }
}
