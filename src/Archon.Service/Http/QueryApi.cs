using Archon.Core.Text;
using Archon.Workflows.Queries;
using Archon.Service.Queries;
using Archon.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Archon.Service.Http;

/// <summary><c>POST /api/query</c> (sync, or <c>?mode=async</c> → 202 and an architecture orchestration) and <c>GET /api/query/{id}</c>.</summary>
internal sealed class QueryApi(QueryService queries)
{
    public async Task<IResult> PostAsync(HttpRequest request, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var mode = request.Query["mode"].ToString();
        if (mode.Length > 0 && mode is not ("sync" or "async"))
        {
            return ApiProblems.Invalid("mode", "must be 'sync' or 'async'");
        }

        var (body, error) = await RequestJson.ReadObjectAsync(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return ApiProblems.Invalid("body", error);
        }

        var prepared = await queries.PrepareAsync(body, cancellationToken).ConfigureAwait(false);
        if (prepared.Query is null)
        {
            return prepared.ArchitectureNotFound
                ? ApiProblems.NotFound(string.Join("; ", prepared.Errors))
                : ApiProblems.Invalid(prepared.Field!, prepared.Errors);
        }

        if (mode == "async")
        {
            var id = WorkflowIds.New();
            await queries.StartAsync(prepared.Query, id, client, cancellationToken).ConfigureAwait(false);
            return ApiResults.Accepted($"/api/query/{id}", new QueryStatus(id, "queued", null, null));
        }

        return QueryFailures.ForQuery(await queries.RunAsync(prepared.Query, WorkflowIds.New(), cancellationToken).ConfigureAwait(false));
    }

    public async Task<IResult> GetAsync(string id, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (!QueryService.IsValidId(id))
        {
            return ApiProblems.Invalid("id", "must be a query id (32 lowercase hex digits)");
        }

        var status = await queries.GetStatusAsync(id, client, cancellationToken).ConfigureAwait(false);
        return status is null ? ApiProblems.NotFound($"no query '{ClippedText.Clip(id)}'") : ApiResults.Ok(status);
    }
}
