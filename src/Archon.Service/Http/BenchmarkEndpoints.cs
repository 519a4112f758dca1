using Archon.Service.Benchmarks;
using Archon.Service.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Archon.Service.Http;

/// <summary><c>POST /api/benchmarks</c> → 202 with the run id; <c>GET /api/benchmarks/{id}</c> → status, progress, summary.</summary>
internal static class BenchmarkEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/benchmarks", PostAsync);
        app.MapGet("/api/benchmarks/{id}", GetAsync);
    }

    private static async Task<IResult> PostAsync(HttpRequest request, BenchmarkOrchestrator orchestrator, CancellationToken cancellationToken)
    {
        var (body, error) = await RequestJson.ReadObjectAsync(request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return ApiProblems.Invalid("body", error);
        }

        var started = await orchestrator.StartAsync(body, cancellationToken).ConfigureAwait(false);
        if (started.Id is null)
        {
            return ApiProblems.Invalid(started.Field!, started.Errors);
        }

        return Results.Accepted($"/api/benchmarks/{started.Id}", new { id = started.Id, status = "queued" });
    }

    private static async Task<IResult> GetAsync(string id, BenchmarkOrchestrator orchestrator, CancellationToken cancellationToken)
    {
        if (!QueueMessages.IsId(id))
        {
            return ApiProblems.Invalid("id", "must be a run id (32 lowercase hex digits)");
        }

        var status = await orchestrator.GetStatusAsync(id, cancellationToken).ConfigureAwait(false);
        return status is null ? ApiProblems.NotFound($"no benchmark run '{id}'") : Results.Ok(status);
    }
}
