using Archon.Workflows.Storage;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>
/// The answer to an exception that escaped a handler, in both hosts: a request Kestrel refused is its 4xx; storage (or
/// the task hub on it) being unreachable is a 503 that says so, with <c>Retry-After</c>; anything else is a 500 whose
/// body names no internals (the host logs the exception) — unless a fresh storage check then fails, which makes it a 503.
/// </summary>
internal static class ApiFailures
{
    private static readonly TimeSpan FreshCheck = TimeSpan.FromSeconds(1);

    public static IResult For(HttpContext context, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is BadHttpRequestException bad)
        {
            return ApiErrors.For(context, bad.StatusCode, "The request is invalid.", bad.Message);
        }

        if (StorageFailures.Describe(exception) is { } reason)
        {
            var unavailable = ApiErrors.For(
                context, StatusCodes.Status503ServiceUnavailable, "Storage is unavailable.",
                $"The service's storage cannot be reached, so the request was not carried out: {reason}. Try again when GET /api/health answers 200.",
                "storage_unavailable");
            return new RetryAfterResult(unavailable);
        }

        return ApiErrors.For(context, StatusCodes.Status500InternalServerError, "The service failed.",
            "The request failed in the service; the error is logged.", "internal_error");
    }

    /// <summary>Writes the answer for <paramref name="exception"/> unless the response has started (then nothing can be said).</summary>
    public static async Task<bool> TryWriteAsync(HttpContext context, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Response.HasStarted)
        {
            return false;
        }

        var answer = For(context, exception);
        if (exception is not BadHttpRequestException && StorageFailures.Describe(exception) is null
            && context.RequestServices?.GetService(typeof(StorageProbe)) is StorageProbe probe)
        {
            // A failure that does not name storage (the task hub's gRPC client hides the cause) while storage is down is
            // most likely caused by it: answer 503 as for a storage error.
            var check = await probe.CheckAsync(FreshCheck).ConfigureAwait(false);
            if (!check.Available)
            {
                answer = For(context, new StorageUnavailableException($"storage did not answer ({check.Failure})", exception));
            }
        }

        context.Response.Clear();
        await answer.ExecuteAsync(context).ConfigureAwait(false);
        return true;
    }
}
