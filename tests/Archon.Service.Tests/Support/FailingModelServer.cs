using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archon.Service.Tests.Support;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 whose every chat completion fails (HTTP 500 unless told otherwise) with an
/// OpenAI error body, and a model catalog naming it (no retries, so a test does not wait through back-off).
/// </summary>
internal sealed class FailingModelServer : IAsyncDisposable
{
    public const string Model = "down-model";

    private readonly WebApplication _app;
    private int _requests;

    private FailingModelServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>A catalog (JSON for <c>Archon__ModelCatalog</c>) with <see cref="Model"/> on this server.</summary>
    public string Catalog => CatalogWithKey(null);

    /// <summary>The catalog with the model's key read from the environment variable <paramref name="apiKeyEnv"/>.</summary>
    public string CatalogWithKey(string? apiKeyEnv) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"models": [{"name": "{{Model}}", "kind": "openai-compatible", "endpoint": "{{BaseUrl}}", "maxRetries": 0, "timeoutSeconds": 10{{(apiKeyEnv is null ? "" : $", \"apiKeyEnv\": \"{apiKeyEnv}\"")}}}]}""");

    /// <param name="status">The status every completion answers.</param>
    /// <param name="message">The error message, given the request's Authorization header (default: a fixed message).</param>
    public static async Task<FailingModelServer> StartAsync(int status = StatusCodes.Status500InternalServerError, Func<string, string>? message = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FailingModelServer(app);
        app.MapPost("/v1/chat/completions", async context =>
        {
            Interlocked.Increment(ref server._requests);
            var text = message?.Invoke(context.Request.Headers.Authorization.ToString()) ?? "the model server is broken";
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = new { message = text, type = "server_error", param = (string?)null, code = "internal" } });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
