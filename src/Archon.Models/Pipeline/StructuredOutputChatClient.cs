using System.ClientModel;
using System.Runtime.CompilerServices;
using Archon.Core.Models;
using Archon.Core.Text;
using Archon.Models.Catalog;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Pipeline;

/// <summary>
/// Asks for structured replies the way the endpoint supports (the catalog's <c>structuredOutputs</c>): a JSON-schema
/// response format as given, JSON mode plus the schema in the prompt, or the schema in the prompt only. When the
/// endpoint refuses a response format with HTTP 400 (or 422), the call is made once more asking for the same JSON in
/// the prompt, and every later call to that endpoint does so from the start (<see cref="EndpointFallbacks"/>); the
/// first such call logs it and carries <see cref="ArchonChatKeys.Notice"/> for the trace. Every structured response
/// says how it was asked for in <see cref="ArchonChatKeys.StructuredOutput"/>. Calls without a schema pass through.
/// </summary>
internal sealed class StructuredOutputChatClient(
    IChatClient inner, string model, string endpoint, string configured, EndpointFallbacks fallbacks, ILogger logger) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options?.ResponseFormat is not ChatResponseFormatJson { Schema: { } } format)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }

        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var mode = fallbacks.StructuredOutputs(endpoint, configured);
        ChatResponse response;
        string? notice = null;
        try
        {
            var (adaptedMessages, adaptedOptions) = StructuredOutputRequest.Adapt(list, options, format, mode);
            response = await base.GetResponseAsync(adaptedMessages, adaptedOptions, cancellationToken);
        }
        catch (ClientResultException ex) when (mode != StructuredOutputModes.None && RefusesResponseFormat(ex))
        {
            (mode, notice) = FallBack(mode, ex);
            var (adaptedMessages, adaptedOptions) = StructuredOutputRequest.Adapt(list, options, format, mode);
            response = await base.GetResponseAsync(adaptedMessages, adaptedOptions, cancellationToken);
        }

        Mark(response.AdditionalProperties ??= [], mode, notice);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (options?.ResponseFormat is not ChatResponseFormatJson { Schema: { } } format)
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
            {
                yield return update;
            }

            yield break;
        }

        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var mode = fallbacks.StructuredOutputs(endpoint, configured);
        string? notice = null;
        for (var fellBack = false; ; fellBack = true)
        {
            var (adaptedMessages, adaptedOptions) = StructuredOutputRequest.Adapt(list, options, format, mode);
            await using var updates = base.GetStreamingResponseAsync(adaptedMessages, adaptedOptions, cancellationToken).GetAsyncEnumerator(cancellationToken);
            bool any;
            try
            {
                any = await updates.MoveNextAsync();
            }
            catch (ClientResultException ex) when (!fellBack && mode != StructuredOutputModes.None && RefusesResponseFormat(ex))
            {
                (mode, notice) = FallBack(mode, ex);
                continue;
            }

            while (any)
            {
                var update = updates.Current;
                Mark(update.AdditionalProperties ??= [], mode, notice);
                notice = null;
                yield return update;
                any = await updates.MoveNextAsync();
            }

            yield break;
        }
    }

    /// <summary>True for an HTTP 400/422 whose message names the response format (what servers without structured outputs answer).</summary>
    internal static bool RefusesResponseFormat(ClientResultException ex) =>
        ex.Status is 400 or 422
        && (ex.Message.Contains("response_format", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("json_schema", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("json_object", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("structured output", StringComparison.OrdinalIgnoreCase));

    private (string Mode, string? Notice) FallBack(string refused, ClientResultException ex)
    {
        if (!fallbacks.LearnStructuredOutputs(endpoint, StructuredOutputModes.None))
        {
            return (StructuredOutputModes.None, null);
        }

        var notice = $"Model {model}: the endpoint refused response_format {refused} (HTTP {ex.Status}); structured replies are asked for in the prompt from now on.";
        ModelsLog.StructuredOutputFallback(logger, ClippedText.Clip(model), refused, ex.Status);
        return (StructuredOutputModes.None, notice);
    }

    private static void Mark(AdditionalPropertiesDictionary properties, string mode, string? notice)
    {
        properties[ArchonChatKeys.StructuredOutput] = mode == StructuredOutputModes.None ? "prompt" : mode;
        if (notice is not null)
        {
            properties[ArchonChatKeys.Notice] = notice;
        }
    }
}
