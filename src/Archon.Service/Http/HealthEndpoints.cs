using Archon.Workflows.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Archon.Service.Http;

/// <summary><c>GET /api/health</c>: 200 when storage is reachable, else 503 saying how to start Azurite.</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", async (ArchonStorage storage, CancellationToken ct) =>
        {
            try
            {
                await storage.EnsureCreatedAsync(ct).ConfigureAwait(false);
                return Results.Ok(new { status = "ok", storage = storage.Description });
            }
            catch (StorageUnavailableException ex)
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage is unavailable.", detail: ex.Message);
            }
        });
}
