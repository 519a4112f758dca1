using System.Text.Json;
using Archon.Core.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archon.Perf;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 that answers from the prompt alone
/// (<see cref="ArithmeticReplies"/>) and injects seeded faults (<see cref="FaultSchedule"/>): 429, 500, 503 and
/// stalls past the client's timeout. It bills as a provider would (<see cref="FaultKind"/> says what is billed) into
/// <see cref="Ledger"/>.
/// </summary>
internal sealed class FaultInjectingChatServer : IAsyncDisposable
{
    private const string ErrorBody = """{"error":{"message":"injected fault","type":"server_error","code":null}}""";
    private readonly WebApplication _app;
    private readonly FaultSchedule _faults;
    private readonly TimeSpan _stall;

    private FaultInjectingChatServer(WebApplication app, FaultSchedule faults, TimeSpan stall, ModelPricing pricing)
    {
        _app = app;
        _faults = faults;
        _stall = stall;
        Ledger = new FaultLedger(pricing);
    }

    /// <summary>Base URL including <c>/v1/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public FaultLedger Ledger { get; }

    /// <param name="faultRate">Share of requests that fault, 0–1.</param>
    /// <param name="seed">Seed of the fault decisions.</param>
    /// <param name="stall">How long a <see cref="FaultKind.Timeout"/> request stalls: longer than the client's timeout.</param>
    /// <param name="pricing">The catalog entry's prices, to bill with.</param>
    public static async Task<FaultInjectingChatServer> StartAsync(double faultRate, int seed, TimeSpan stall, ModelPricing pricing)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FaultInjectingChatServer(app, new FaultSchedule(faultRate, seed), stall, pricing);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
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

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        using var request = JsonDocument.Parse(body);
        var messages = MessageTexts(request.RootElement);
        var fault = _faults.Next(body);
        Ledger.Received(fault);
        switch (fault)
        {
            case FaultKind.TooManyRequests:
                await ErrorAsync(context, 429, ("Retry-After", "1"), ("retry-after-ms", "20"));
                return;
            case FaultKind.InternalError:
                await ErrorAsync(context, 500);
                return;
            case FaultKind.Unavailable:
                await ErrorAsync(context, 503, ("retry-after-ms", "50"));
                return;
            case FaultKind.Timeout:
                try
                {
                    await Task.Delay(_stall, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    var unwritten = ArithmeticReplies.CompletionTokens(ArithmeticReplies.For(string.Join("\n", messages)));
                    Ledger.BillAbandoned(ArithmeticReplies.PromptTokens(messages), unwritten);
                    return;
                }

                break;
        }

        var text = ArithmeticReplies.For(string.Join("\n", messages));
        var input = ArithmeticReplies.PromptTokens(messages);
        var output = ArithmeticReplies.CompletionTokens(text);
        Ledger.BillReply(input, output, late: fault == FaultKind.Timeout);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fault",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = request.RootElement.GetProperty("model").GetString(),
            choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
            usage = new { prompt_tokens = input, completion_tokens = output, total_tokens = input + output },
        }));
    }

    private static async Task ErrorAsync(HttpContext context, int status, params (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ErrorBody);
    }

    // Content is a string or an array of parts, as the OpenAI protocol allows.
    private static List<string> MessageTexts(JsonElement request) =>
        request.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content") is var c && c.ValueKind == JsonValueKind.String
            ? c.GetString() ?? string.Empty
            : string.Concat(c.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : null))).ToList();
}
