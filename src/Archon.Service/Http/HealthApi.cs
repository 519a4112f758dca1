using Archon.Workflows.Storage;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary><c>GET /api/health</c>: 200 when storage is reachable, else 503 saying how to start Azurite.</summary>
internal sealed class HealthApi(ArchonStorage storage)
{
    public async Task<IResult> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            return ApiResults.Ok(new { status = "ok", storage = storage.Description });
        }
        catch (StorageUnavailableException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage is unavailable.", detail: ex.Message);
        }
    }
}
