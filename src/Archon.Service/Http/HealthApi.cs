using System.Globalization;
using Archon.Workflows.Storage;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>
/// <c>GET /api/health</c>: 200 when storage answered its last check (<see cref="StorageProbe"/>, at most 5 s old), else
/// 503 saying what failed and how to start Azurite, with <c>Retry-After</c>.
/// </summary>
internal sealed class HealthApi(ArchonStorage storage, StorageProbe probe)
{
    public async Task<IResult> GetAsync(CancellationToken cancellationToken)
    {
        var result = await probe.CheckAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var checkedAt = result.CheckedAt.ToString("O", CultureInfo.InvariantCulture);
        if (result.Available)
        {
            return ApiResults.Ok(new { status = "ok", storage = storage.Description, checkedAt });
        }

        return new RetryAfterResult(Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Storage is unavailable.",
            detail: $"Azure Storage at {storage.Description} did not answer ({result.Failure}). For local use start Azurite: " +
                    "`archon serve --azurite`, or `scripts/install-azurite && .tools/azurite/node_modules/.bin/azurite --silent " +
                    "--disableTelemetry --skipApiVersionCheck --inMemoryPersistence`, or set AzureWebJobsStorage.",
            extensions: new Dictionary<string, object?> { ["checkedAt"] = checkedAt }));
    }
}
