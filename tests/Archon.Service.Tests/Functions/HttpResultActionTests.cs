using System.Text.Json;
using Archon.Functions.Functions;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Tests.Functions;

/// <summary>The Functions host's wrapper of the shared handlers: an exception becomes an answer with a body, never an empty 500.</summary>
public sealed class HttpResultActionTests
{
    [Fact]
    public async Task RunAsync_HandlerHitsUnreachableStorage_Answers503ProblemWithRetryAfter()
    {
        var context = Context("/api/benchmarks");
        var refused = new RequestFailedException(0, "Connection refused (127.0.0.1:10000)", new HttpRequestException("Connection refused (127.0.0.1:10000)"));

        var result = await HttpResultAction.RunAsync(context.Request, _ => throw refused);
        await result.ExecuteResultAsync(new ActionContext { HttpContext = context });

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        var body = Body(context);
        Assert.Equal("Storage is unavailable.", body.GetProperty("title").GetString());
        Assert.Contains("Connection refused", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HandlerFailsUnexpectedlyUnderV1_Answers500InOpenAiShapeWithoutInternals()
    {
        var context = Context("/api/v1/models");

        var result = await HttpResultAction.RunAsync(context.Request, _ => throw new InvalidOperationException("secret internal state"));
        await result.ExecuteResultAsync(new ActionContext { HttpContext = context });

        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        var error = Body(context).GetProperty("error");
        Assert.Equal("internal_error", error.GetProperty("code").GetString());
        Assert.DoesNotContain("secret", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static DefaultHttpContext Context(string path)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static JsonElement Body(DefaultHttpContext context)
    {
        context.Response.Body.Position = 0;
        return JsonDocument.Parse(context.Response.Body).RootElement.Clone();
    }
}
