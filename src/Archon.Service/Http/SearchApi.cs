using Archon.Core.Text;
using Archon.Workflows;
using Archon.Workflows.Searches;
using Archon.Workflows.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Archon.Service.Http;

/// <summary>
/// <c>POST /api/searches</c> (candidates or a space) → 202 with the id; <c>GET /api/searches/{id}</c> →
/// <see cref="SearchView"/>; <c>DELETE /api/searches/{id}</c> → cancels the search and its trials' runs.
/// </summary>
internal sealed class SearchApi(SearchStarter starter, BlobJson blobs)
{
    private const string IdRule = "must be a search id (32 lowercase hex digits)";

    public async Task<IResult> PostAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (body, error) = await RequestJson.ReadObjectAsync(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return ApiProblems.Invalid("body", error);
        }

        var started = await starter.StartAsync(body, null, client, cancellationToken).ConfigureAwait(false);
        return started.Error is { } problem
            ? ApiProblems.Of(problem)
            : ApiResults.Accepted($"/api/searches/{started.Id}", new { id = started.Id, status = WorkflowStatus.Queued });
    }

    public async Task<IResult> GetAsync(string id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (!WorkflowIds.IsValid(id))
        {
            return ApiProblems.Invalid("id", IdRule);
        }

        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        var document = await blobs.GetAsync<SearchDocument>(SearchPaths.State(id), cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            if (instance is null)
            {
                return ApiProblems.NotFound($"no search '{ClippedText.Clip(id)}'");
            }

            var input = (await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false))?.ReadInputAs<SearchRunInput>();
            document = Queued(id, input?.Definition);
        }

        var status = instance is null ? document.Status : WorkflowStatus.Of(instance.RuntimeStatus, started: document.Trials.Count > 0);
        var error = instance?.RuntimeStatus == OrchestrationRuntimeStatus.Failed ? instance.FailureDetails?.ErrorMessage : null;
        return ApiResults.Ok(SearchView.Of(document, status, error));
    }

    public async Task<IResult> DeleteAsync(string id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (!WorkflowIds.IsValid(id))
        {
            return ApiProblems.Invalid("id", IdRule);
        }

        var (outcome, status) = await WorkflowCancellation.CancelAsync(client, id, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            WorkflowCancellation.Outcome.NotFound => ApiProblems.NotFound($"no search '{ClippedText.Clip(id)}'"),
            WorkflowCancellation.Outcome.AlreadyFinished => ApiProblems.Conflict($"search '{ClippedText.Clip(id)}' has already finished ({status})"),
            _ => ApiResults.Ok(new { id, status }),
        };
    }

    // A search whose orchestration has not written its first document yet.
    private static SearchDocument Queued(string id, SearchDefinition? definition) => new(
        id, SearchStatus.Queued, definition?.Dataset ?? string.Empty, definition?.Judge?.Architecture.Name, definition?.Parallel ?? 0,
        definition?.Items.Total ?? 0, [], null, null,
        definition?.Plan is { } p ? new SearchSpaceInfo(p.SpaceName, p.FeasiblePoints, p.InfeasiblePoints, p.InfeasibleByRule) : null,
        definition?.Plan?.Strategy, definition?.Plan?.Seed, definition?.Plan?.MaxTrials, definition?.Plan?.BudgetCalls, definition?.Plan?.BudgetUsd,
        definition?.CostWeight ?? 0, null, null, DateTime.MinValue);
}
