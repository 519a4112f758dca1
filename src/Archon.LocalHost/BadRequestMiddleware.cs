using Archon.Service.Http;
using Archon.Service;
using Microsoft.AspNetCore.Http;

namespace Archon.LocalHost;

/// <summary>Turns Kestrel's request errors (body too large, malformed framing) into 4xx problem details, never a 500.</summary>
internal sealed class BadRequestMiddleware
{
    private readonly RequestDelegate _next;

    public BadRequestMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var result = context.Request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase)
                ? OpenAiErrors.Error(ex.StatusCode, ex.Message, "invalid_request_error", null, null)
                : Results.Problem(statusCode: ex.StatusCode, title: "The request is invalid.", detail: ex.Message);
            await result.ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
