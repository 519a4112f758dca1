using Archon.Service.Queues;
using Archon.Service.Searches;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Archon.Service.Http;

/// <summary><c>POST /api/searches</c> (candidates or a space) → 202 with the id; <c>GET /api/searches/{id}</c> → <see cref="SearchView"/>.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/searches", PostAsync);
        app.MapGet("/api/searches/{id}", GetAsync);
    }

    private static async Task<IResult> PostAsync(HttpRequest request, SearchOrchestrator searches, CancellationToken cancellationToken)
    {
        var (body, error) = await RequestJson.ReadObjectAsync(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return ApiProblems.Invalid("body", error);
        }

        var started = await searches.StartAsync(body, cancellationToken).ConfigureAwait(false);
        return started.Id is null
            ? ApiProblems.Invalid(started.Field!, started.Errors)
            : Results.Accepted($"/api/searches/{started.Id}", new { id = started.Id, status = "queued" });
    }

    private static async Task<IResult> GetAsync(string id, SearchOrchestrator searches, CancellationToken cancellationToken)
    {
        if (!QueueMessages.IsId(id))
        {
            return ApiProblems.Invalid("id", "must be a search id (32 lowercase hex digits)");
        }

        var state = await searches.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            return ApiProblems.NotFound($"no search '{id}'");
        }

        return Results.Ok(SearchView.Of(state));
    }
}
