using Archon.Workflows.Queries;
using System.Text.Json;
using System.Threading.Channels;
using Archon.Core.Execution;
using Archon.Core.Models;
using Archon.Workflows.Architectures;
using Archon.Service.Queries;
using Archon.Workflows;
using Microsoft.AspNetCore.Http;

namespace Archon.Service.Http;

/// <summary>
/// OpenAI-compatible <c>POST /api/v1/chat/completions</c> (<c>model</c> names a saved architecture; <c>stream</c>
/// streams the final layer's reply as server-sent chunks while its model call runs, ending with <c>data: [DONE]</c>)
/// and <c>GET /api/v1/models</c>. The handler writes the response itself (server-sent events flush per token).
/// </summary>
internal sealed class ChatCompletionApi(QueryService queries, ArchitectureStore store, TimeProvider time)
{
    public async Task<IResult> ModelsAsync(CancellationToken cancellationToken)
    {
        var names = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var created = time.GetUtcNow().ToUnixTimeSeconds();
        return ApiResults.Ok(new { @object = "list", data = names.Select(n => new { id = n, @object = "model", created, owned_by = "archon" }) });
    }

    public async Task PostAsync(HttpContext context)
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

        // Refused before the lookup, whose "not found" answer would echo the name whole.
        if (ModelNameRule.Problem(model.GetString()) is { } problem)
        {
            await OpenAiErrors.Invalid($"'model' {problem}", "model").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!body.TryGetProperty("messages", out _))
        {
            await OpenAiErrors.Invalid("'messages' is required", "messages").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var (parameters, param, refusal, code) = ChatParameters.Read(body);
        if (parameters is null)
        {
            await OpenAiErrors.Invalid(refusal!, param, code).ExecuteAsync(context).ConfigureAwait(false);
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

        var (architecture, unsupported, why) = parameters.ApplyTo(prepared.Query.Architecture.Config);
        if (architecture is null)
        {
            await OpenAiErrors.Invalid(why!, unsupported, "unsupported_parameter").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        // Parameters that change the last layer make a new architecture; the runner checks and resolves it when it runs.
        var query = ReferenceEquals(architecture, prepared.Query.Architecture.Config)
            ? prepared.Query
            : prepared.Query with { Architecture = ResolvedArchitecture.Unresolved(architecture) };
        var id = "chatcmpl-" + WorkflowIds.New();
        var name = model.GetString()!;
        if (stream)
        {
            await StreamAsync(context, queries, query, id, name, time.GetUtcNow().ToUnixTimeSeconds(), includeUsage).ConfigureAwait(false);
            return;
        }

        var response = await queries.RunAsync(query, id, ct).ConfigureAwait(false);
        if (QueryFailures.ForChat(response, name) is { } failure)
        {
            await failure.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await Results.Json(
            new
            {
                id,
                @object = "chat.completion",
                created = time.GetUtcNow().ToUnixTimeSeconds(),
                model = name,
                choices = new[] { new { index = 0, message = new { role = "assistant", content = response.Answer }, finish_reason = Finish(response) } },
                usage = Usage(response),
                archon = new { calls = response.Usage.Calls, cost_usd = response.Usage.CostUsd, stop_reason = response.StopReason, simulated = response.Simulated },
            },
            ApiJson.Options).ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the query while forwarding the final layer's deltas as content chunks the moment they arrive. When nothing
    /// was streamed (the last layer cannot stream, or its call failed before its first delta) the answer is sent in
    /// chunks once the query ends. When part of a reply was sent but the answer is not that reply (its call failed or
    /// a limit stopped it part-way), an error event follows: sent text cannot be taken back.
    /// </summary>
    private static async Task StreamAsync(
        HttpContext context, QueryService queries, PreparedQuery query, string id, string model, long created, bool includeUsage)
    {
        var ct = context.RequestAborted;
        var chunks = new ServerSentChunks(context, id, created, model);
        var deltas = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var run = queries.RunAsync(query, id, deltas.Writer, ct);
        try
        {
            // Ends when the run completes the writer, however the run ends.
            await foreach (var delta in deltas.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                await chunks.ContentAsync(delta, ct).ConfigureAwait(false);
            }
        }
        catch
        {
            // The client went away mid-stream: the run sees the same token; observe its end without waiting for it.
            _ = run.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }

        QueryResponse response;
        try
        {
            response = await run.ConfigureAwait(false);
        }
        catch (Exception ex) when (chunks.Started && !ct.IsCancellationRequested)
        {
            await chunks.ErrorAsync($"The query failed after part of the answer was sent: {ex.Message}", "stream_interrupted", ct).ConfigureAwait(false);
            return;
        }

        if (!chunks.Started && QueryFailures.ForChat(response, model) is { } failure)
        {
            // Nothing was sent yet: an ordinary error response.
            await failure.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!response.AnswerStreamed && chunks.Started)
        {
            var reason = response.StopDetail ?? "the final model call failed";
            await chunks.ErrorAsync(
                $"The final answer was interrupted after part of it was sent ({reason}); the query's answer is not the text sent.",
                "stream_interrupted",
                ct).ConfigureAwait(false);
            return;
        }

        if (!response.AnswerStreamed)
        {
            await chunks.AnswerAsync(response.Answer, ct).ConfigureAwait(false);
        }

        await chunks.FinishAsync(Finish(response), includeUsage ? Usage(response) : null, ct).ConfigureAwait(false);
    }

    private static string Finish(QueryResponse response) => response.StopReason == StopReason.Completed ? "stop" : "length";

    private static object Usage(QueryResponse response) => new
    {
        prompt_tokens = response.Usage.InputTokens,
        completion_tokens = response.Usage.OutputTokens,
        total_tokens = response.Usage.InputTokens + response.Usage.OutputTokens,
    };
}
