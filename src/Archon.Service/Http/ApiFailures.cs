using Archon.Workflows.Storage;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>
/// The answer to an exception that escaped a handler, in both hosts: a request Kestrel refused is its 4xx; storage (or
/// the task hub on it) being unreachable is a 503 that says so, with <c>Retry-After</c>; anything else is a 500 whose
/// body names no internals (the host logs the exception).
/// </summary>
internal static class ApiFailures
{
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

        context.Response.Clear();
        await For(context, exception).ExecuteAsync(context).ConfigureAwait(false);
        return true;
    }
}
