using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Tests.TestDoubles;

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions protocol (plain and streaming). A request
/// first meets <see cref="Rule"/> (e.g. a server that refuses <c>json_schema</c>), then takes the next scripted
/// <see cref="ServerStep"/>; when neither applies it answers with <see cref="Reply"/>.
/// </summary>
internal sealed class OpenAIProtocolTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ServerStep> _script = new();

    private OpenAIProtocolTestServer(WebApplication app) => _app = app;

    /// <summary>Base URL including <c>/v1/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>The reply text of normal answers.</summary>
    public string ReplyText { get; set; } = "Hello from the test server.\nAnswer: 42";

    /// <summary>The reply text for a request; <see cref="ReplyText"/> by default.</summary>
    public Func<ReceivedRequest, string>? Reply { get; set; }

    /// <summary>The <c>usage</c> a reply reports (prompt, completion tokens), from the request and the reply text; 12 and 7 by default.</summary>
    public Func<ReceivedRequest, string, (long Prompt, long Completion)>? Usage { get; set; }

    /// <summary>Requests whose delayed step the client gave up on before the server answered.</summary>
    public ConcurrentQueue<ReceivedRequest> Abandoned { get; } = new();

    /// <summary>How the server treats a request before the script: a step to answer with, or null to go on.</summary>
    public Func<ReceivedRequest, ServerStep?>? Rule { get; set; }

    public static async Task<OpenAIProtocolTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new OpenAIProtocolTestServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        app.MapPost("/openai/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1/");
        return server;
    }

    public void Enqueue(params ServerStep[] steps)
    {
        foreach (var step in steps)
        {
            _script.Enqueue(step);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var received = new ReceivedRequest(body, context.Request.Headers.Authorization.ToString(), DateTimeOffset.UtcNow)
        {
            Path = context.Request.Path + context.Request.QueryString,
            ApiKeyHeader = context.Request.Headers["api-key"].ToString(),
        };
        Requests.Enqueue(received);
        if (Rule?.Invoke(received) is { } ruled || _script.TryDequeue(out ruled))
        {
            var step = ruled;
            if (step.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(step.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    Abandoned.Enqueue(received);
                    return;
                }
            }

            if (step.Status != 200)
            {
                context.Response.StatusCode = step.Status;
                foreach (var (name, value) in step.Headers)
                {
                    context.Response.Headers[name] = value;
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(step.Body ?? """{"error":{"message":"scripted failure","type":"test","code":"scripted"}}""");
                return;
            }
        }

        using var request = JsonDocument.Parse(body);
        var model = request.RootElement.GetProperty("model").GetString();
        var stream = request.RootElement.TryGetProperty("stream", out var s) && s.GetBoolean();
        if (stream)
        {
            var streamed = Reply?.Invoke(received) ?? ReplyText;
            await StreamAsync(context, model, streamed, Usage?.Invoke(received, streamed) ?? (12, 7));
            return;
        }

        var text = Reply?.Invoke(received) ?? ReplyText;
        var (promptTokens, completionTokens) = Usage?.Invoke(received, text) ?? (12, 7);

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model,
            choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        }));
    }

    private static async Task StreamAsync(HttpContext context, string? model, string text, (long Prompt, long Completion) usage)
    {
        context.Response.ContentType = "text/event-stream";
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var piece = i == 0 ? words[i] : " " + words[i];
            await WriteEventAsync(context, new
            {
                id = "chatcmpl-stream",
                @object = "chat.completion.chunk",
                created = 1_700_000_000,
                model,
                choices = new[] { new { index = 0, delta = new { role = "assistant", content = piece }, finish_reason = (string?)null } },
            });
        }

        await WriteEventAsync(context, new
        {
            id = "chatcmpl-stream",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model,
            choices = new[] { new { index = 0, delta = new { role = "assistant", content = string.Empty }, finish_reason = (string?)"stop" } },
            usage = new { prompt_tokens = usage.Prompt, completion_tokens = usage.Completion, total_tokens = usage.Prompt + usage.Completion },
        });
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static async Task WriteEventAsync(HttpContext context, object payload)
    {
        await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data: {JsonSerializer.Serialize(payload)}\n\n"));
        await context.Response.Body.FlushAsync();
    }
}
