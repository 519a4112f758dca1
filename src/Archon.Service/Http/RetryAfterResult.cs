using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>An error result with a <c>Retry-After</c> header: storage being unavailable is worth retrying shortly.</summary>
internal sealed class RetryAfterResult(IResult inner) : IResult
{
    /// <summary>Seconds a client is asked to wait before retrying (the storage probe's period).</summary>
    public const int Seconds = 5;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.RetryAfter = Seconds.ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}
