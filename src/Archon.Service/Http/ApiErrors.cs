using Archon.Core.Text;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>
/// Error responses in the shape a route's clients read: OpenAI's error object under <c>/api/v1</c>
/// (<see cref="OpenAiErrors"/>), RFC 7807 problem details elsewhere (<see cref="ApiProblems"/>). Used where the error is
/// not a handler's own (malformed requests, unknown routes, storage outages, unexpected failures).
/// </summary>
internal static class ApiErrors
{
    public static bool IsOpenAiRoute(PathString path) => path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase);

    /// <summary>An error of <paramref name="status"/>: <paramref name="title"/> (problem details) and <paramref name="message"/>.</summary>
    public static IResult For(HttpContext context, int status, string title, string message, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsOpenAiRoute(context.Request.Path)
            ? OpenAiErrors.Error(status, message, status >= 500 ? "server_error" : "invalid_request_error", null, code)
            : Results.Problem(statusCode: status, title: title, detail: message);
    }

    /// <summary>The body of an error status that has none yet (unknown route, wrong method, a request Kestrel refused).</summary>
    public static IResult ForStatus(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = ClippedText.Clip($"{context.Request.Method} {context.Request.Path}");
        return status switch
        {
            StatusCodes.Status404NotFound => For(context, status, "Not found.", $"No route {request}: see docs/service.md for the API's routes.", "unknown_url"),
            StatusCodes.Status405MethodNotAllowed => For(context, status, "Method not allowed.", $"{request}: the route does not take {ClippedText.Clip(context.Request.Method)}.", "method_not_allowed"),
            StatusCodes.Status401Unauthorized => For(context, status, "Unauthorized.", "Missing or wrong API key.", "invalid_api_key"),
            >= 500 => For(context, status, "The service failed.", $"{request} failed in the service.", null),
            _ => For(context, status, "The request is invalid.", $"{request} cannot be served (HTTP {status}).", null),
        };
    }
}
