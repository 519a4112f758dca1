using Archon.Service.Http;
using Archon.Workflows.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Archon.LocalHost;

/// <summary>
/// Gives every failed request an answer with a body (<see cref="ApiFailures"/>): Kestrel's request errors (body too
/// large, malformed framing) become 4xx, an unreachable storage a 503, anything else a logged 500 — never an empty 500.
/// A request the client abandoned gets nothing.
/// </summary>
internal sealed partial class ApiErrorMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<ApiErrorMiddleware> _logger;

    public ApiErrorMiddleware(RequestDelegate next, ILogger<ApiErrorMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody reads an answer.
        }
        catch (Exception ex) when (ex is not BadHttpRequestException)
        {
            if (StorageFailures.Describe(ex) is { } reason)
            {
                StorageUnavailable(_logger, context.Request.Method, context.Request.Path, reason);
            }
            else
            {
                Failed(_logger, ex, context.Request.Method, context.Request.Path);
            }

            await ApiFailures.TryWriteAsync(context, ex).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            await ApiFailures.TryWriteAsync(context, ex).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: storage is unavailable ({Reason}); answered 503")]
    private static partial void StorageUnavailable(ILogger logger, string method, PathString path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string method, PathString path);
}
