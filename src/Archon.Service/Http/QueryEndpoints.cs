using Archon.Service.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Archon.Service.Http;

/// <summary><c>POST /api/query</c> (sync, or <c>?mode=async</c> → 202) and <c>GET /api/query/{id}</c>.</summary>
internal static class QueryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/query", PostAsync);
        app.MapGet("/api/query/{id}", GetAsync);
    }

    private static async Task<IResult> PostAsync(HttpRequest request, QueryService queries, CancellationToken cancellationToken)
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
            var id = await queries.EnqueueAsync(body, cancellationToken).ConfigureAwait(false);
            var location = $"/api/query/{id}";
            return Results.Accepted(location, new QueryStatus(id, "queued", null, null));
        }

        return Results.Ok(await queries.RunAsync(prepared.Query, QueryService.NewId(), cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> GetAsync(string id, QueryService queries, CancellationToken cancellationToken)
    {
        if (!QueryService.IsValidId(id))
        {
            return ApiProblems.Invalid("id", "must be a query id (32 lowercase hex digits)");
        }

        var status = await queries.GetStatusAsync(id, cancellationToken).ConfigureAwait(false);
        return status is null ? ApiProblems.NotFound($"no query '{id}'") : Results.Ok(status);
    }
}
