using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>JSON results written with <see cref="ApiJson.Options"/>.</summary>
internal static class ApiResults
{
    public static IResult Ok(object value) => Results.Json(value, ApiJson.Options);

    /// <summary>202 with a <c>Location</c> header pointing at the status route.</summary>
    public static IResult Accepted(string location, object value) => new AcceptedResult(location, value);

    private sealed class AcceptedResult(string location, object value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return Results.Json(value, ApiJson.Options, statusCode: StatusCodes.Status202Accepted).ExecuteAsync(httpContext);
        }
    }
}
