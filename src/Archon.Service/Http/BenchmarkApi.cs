using Archon.Core.Text;
using Archon.Workflows;
using Archon.Workflows.Benchmarks;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Archon.Service.Http;

/// <summary>
/// <c>POST /api/benchmarks</c> → 202 with the run id; <c>GET /api/benchmarks/{id}</c> → status, progress, summary;
/// <c>DELETE /api/benchmarks/{id}</c> → cancels the run.
/// </summary>
internal sealed class BenchmarkApi(BenchmarkStarter starter, RunStatusReader statuses)
{
    private const string IdRule = "must be a run id (32 lowercase hex digits, or a search trial's run id)";

    public async Task<IResult> PostAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var (body, error) = await RequestJson.ReadObjectAsync(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return ApiProblems.Invalid("body", error);
        }

        // The run is scheduled last: a client that gives up before then leaves no run behind, never half of one.
        var started = await starter.StartAsync(body, null, client, cancellationToken).ConfigureAwait(false);
        return started.Error is { } problem
            ? ApiProblems.Of(problem)
            : ApiResults.Accepted($"/api/benchmarks/{started.Id}", new { id = started.Id, status = WorkflowStatus.Queued });
    }

    public async Task<IResult> GetAsync(string id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (!WorkflowIds.IsValid(id))
        {
            return ApiProblems.Invalid("id", IdRule);
        }

        var status = await statuses.GetAsync(id, client, cancellationToken).ConfigureAwait(false);
        return status is null ? ApiProblems.NotFound($"no benchmark run '{ClippedText.Clip(id)}'") : ApiResults.Ok(status);
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
            WorkflowCancellation.Outcome.NotFound => ApiProblems.NotFound($"no benchmark run '{ClippedText.Clip(id)}'"),
            WorkflowCancellation.Outcome.AlreadyFinished => ApiProblems.Conflict($"run '{ClippedText.Clip(id)}' has already finished ({status})"),
            _ => ApiResults.Ok(new { id, status }),
        };
    }
}
