using Archon.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archon.Functions.Functions;

/// <summary>
/// Runs a handler's <see cref="IResult"/> (or a handler that writes the response itself) as the function's action
/// result. An exception a handler throws is answered as under <c>archon serve</c> (<see cref="ApiFailures"/>: storage
/// unreachable → 503, anything else → a 500 with a JSON body) and logged, instead of reaching the host as an empty 500.
/// </summary>
internal sealed partial class HttpResultAction(Func<HttpContext, Task> write) : IActionResult
{
    public HttpResultAction(IResult result)
        : this(result.ExecuteAsync)
    {
    }

    /// <summary>Runs <paramref name="handler"/> with the request's cancellation token and wraps its result.</summary>
    public static async Task<IActionResult> RunAsync(HttpRequest request, Func<CancellationToken, Task<IResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        try
        {
            return new HttpResultAction(await handler(request.HttpContext.RequestAborted).ConfigureAwait(false));
        }
        catch (Exception ex) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            Log(request.HttpContext, ex);
            return new HttpResultAction(context => ApiFailures.TryWriteAsync(context, ex));
        }
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await write(context.HttpContext).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            Log(context.HttpContext, ex);
            if (!await ApiFailures.TryWriteAsync(context.HttpContext, ex).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    private static void Log(HttpContext context, Exception exception)
    {
        if (context.RequestServices?.GetService<ILogger<HttpResultAction>>() is { } logger)
        {
            Failed(logger, exception, context.Request.Method, context.Request.Path);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string method, PathString path);
}
