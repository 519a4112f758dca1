using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Archon.Functions.Functions;

/// <summary>Runs a handler's <see cref="IResult"/> (or a handler that writes the response itself) as the function's action result.</summary>
internal sealed class HttpResultAction(Func<HttpContext, Task> write) : IActionResult
{
    public HttpResultAction(IResult result)
        : this(result.ExecuteAsync)
    {
    }

    public Task ExecuteResultAsync(ActionContext context) => write(context.HttpContext);
}
