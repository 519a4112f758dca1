using System.Text.Json;
using Archon.Core.Execution;
using Archon.Service.Architectures;
using Archon.Service.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Archon.Service.Http;

/// <summary>
/// OpenAI-compatible <c>POST /api/v1/chat/completions</c> (<c>model</c> names a saved architecture; <c>stream</c>
/// sends the final layer's answer as server-sent chunks ending with <c>data: [DONE]</c>) and <c>GET /api/v1/models</c>.
/// </summary>
internal static class ChatCompletionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/chat/completions", PostAsync);
        app.MapGet("/api/v1/models", async (ArchitectureStore store, TimeProvider time, CancellationToken ct) =>
        {
            var names = await store.ListAsync(ct).ConfigureAwait(false);
            var created = time.GetUtcNow().ToUnixTimeSeconds();
            return Results.Json(new { @object = "list", data = names.Select(n => new { id = n, @object = "model", created, owned_by = "archon" }) });
        });
    }

    private static async Task PostAsync(HttpContext context, QueryService queries, ArchitectureStore store, TimeProvider time)
    {
        var ct = context.RequestAborted;
        var (body, error) = await RequestJson.ReadObjectAsync(context.Request, ct).ConfigureAwait(false);
        if (error is not null)
        {
            await OpenAiErrors.Invalid(error, null).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!body.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(model.GetString()))
        {
            await OpenAiErrors.Invalid("'model' is required: the name of a saved architecture", "model").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!body.TryGetProperty("messages", out _))
        {
            await OpenAiErrors.Invalid("'messages' is required", "messages").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var stream = body.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        var includeUsage = body.TryGetProperty("stream_options", out var so) && so.ValueKind == JsonValueKind.Object
            && so.TryGetProperty("include_usage", out var iu) && iu.ValueKind == JsonValueKind.True;

        // The query request shape with the model as architecture name.
        var queryBody = JsonSerializer.SerializeToElement(new { architecture = model.GetString(), messages = body.GetProperty("messages") });
        var prepared = await queries.PrepareAsync(queryBody, ct).ConfigureAwait(false);
        if (prepared.Query is null)
        {
            var result = prepared.ArchitectureNotFound
                ? OpenAiErrors.ModelNotFound(model.GetString()!)
                : OpenAiErrors.Invalid(string.Join("; ", prepared.Errors), prepared.Field == "architecture" ? "model" : prepared.Field);
            await result.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var id = "chatcmpl-" + QueryService.NewId();
        var response = await queries.RunAsync(prepared.Query, id, ct).ConfigureAwait(false);
        var created = time.GetUtcNow().ToUnixTimeSeconds();
        var finish = response.StopReason == StopReason.Completed ? "stop" : "length";
        var usage = new
        {
            prompt_tokens = response.Usage.InputTokens,
            completion_tokens = response.Usage.OutputTokens,
            total_tokens = response.Usage.InputTokens + response.Usage.OutputTokens,
        };
        if (!stream)
        {
            await Results.Json(new
            {
                id,
                @object = "chat.completion",
                created,
                model = model.GetString(),
                choices = new[] { new { index = 0, message = new { role = "assistant", content = response.Answer }, finish_reason = finish } },
                usage,
                archon = new { calls = response.Usage.Calls, cost_usd = response.Usage.CostUsd, stop_reason = response.StopReason },
            }).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await ServerSentChunks.WriteAsync(context, id, created, model.GetString()!, response.Answer, finish, includeUsage ? usage : null, ct)
            .ConfigureAwait(false);
    }
}
