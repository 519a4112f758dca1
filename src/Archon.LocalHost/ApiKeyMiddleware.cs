using System.Security.Cryptography;
using System.Text;
using Archon.Service.Http;
using Archon.Service;
using Microsoft.AspNetCore.Http;

namespace Archon.LocalHost;

/// <summary>
/// Standalone mode with <c>Archon__ApiKey</c> set: every route needs <c>Authorization: Bearer {key}</c> or
/// <c>api-key: {key}</c>; otherwise 401 (in OpenAI's error shape under <c>/api/v1</c>). Compared in constant time.
/// </summary>
internal sealed class ApiKeyMiddleware
{
    private readonly RequestDelegate _next;
    private readonly byte[] _key;

    public ApiKeyMiddleware(RequestDelegate next, string apiKey)
    {
        _next = next;
        _key = Encoding.UTF8.GetBytes(apiKey);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (Matches(context.Request))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        var result = context.Request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase)
            ? OpenAiErrors.Error(StatusCodes.Status401Unauthorized, "Missing or wrong API key (Authorization: Bearer <key> or api-key header).",
                "invalid_request_error", null, "invalid_api_key")
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.",
                detail: "Missing or wrong API key: send 'Authorization: Bearer <key>' or an 'api-key' header.");
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private bool Matches(HttpRequest request)
    {
        string? presented = null;
        var auth = request.Headers.Authorization.ToString();
        if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            presented = auth["Bearer ".Length..].Trim();
        }
        else if (request.Headers.TryGetValue("api-key", out var key))
        {
            presented = key.ToString();
        }

        return presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _key);
    }
}
