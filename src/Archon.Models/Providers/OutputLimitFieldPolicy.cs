using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Archon.Core.Text;
using Archon.Models.Catalog;
using Archon.Models.Pipeline;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Providers;

/// <summary>
/// Sends a call's output-token limit under the field the endpoint reads (the catalog's <c>outputLimitField</c>):
/// the OpenAI clients always write <c>max_completion_tokens</c>, which many OpenAI-compatible servers ignore. When the
/// endpoint refuses the field with HTTP 400 (or 422) naming it, the request is sent once more with the other field,
/// which every later call to that endpoint uses (<see cref="EndpointFallbacks"/>).
/// </summary>
internal sealed partial class OutputLimitFieldPolicy(string model, string endpoint, string configured, EndpointFallbacks fallbacks, ILogger logger) : PipelinePolicy
{
    private static readonly byte[] ClientField = Encoding.UTF8.GetBytes("\"" + OutputLimitFields.MaxCompletionTokens + "\"");

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex) =>
        ProcessAsync(message, pipeline, currentIndex).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = await ReadBodyAsync(message).ConfigureAwait(false);
        if (body is null || body.AsSpan().IndexOf(ClientField) < 0)
        {
            await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
            return;
        }

        var field = fallbacks.OutputLimitField(endpoint, configured);
        message.Request.Content = Rewrite(body, field);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
        if (message.Response is not { Status: 400 or 422 } response || !Names(response, field))
        {
            return;
        }

        var other = OutputLimitFields.Other(field);
        if (fallbacks.LearnOutputLimitField(endpoint, other))
        {
            ModelsLog.OutputLimitFieldFallback(logger, ClippedText.Clip(model), field, response.Status, other);
        }

        response.Dispose();
        message.Request.Content = Rewrite(body, other);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(PipelineMessage message)
    {
        if (message.Request.Content is not { } content)
        {
            return null;
        }

        using var stream = new MemoryStream();
        await content.WriteToAsync(stream, message.CancellationToken).ConfigureAwait(false);
        return stream.ToArray();
    }

    private static BinaryContent Rewrite(byte[] body, string field)
    {
        if (field == OutputLimitFields.MaxCompletionTokens || JsonNode.Parse(body) is not JsonObject json)
        {
            return BinaryContent.Create(BinaryData.FromBytes(body));
        }

        if (json.Remove(OutputLimitFields.MaxCompletionTokens, out var limit))
        {
            json[field] = limit;
        }

        return BinaryContent.Create(BinaryData.FromString(json.ToJsonString()));
    }

    private static bool Names(PipelineResponse response, string field)
    {
        string text;
        try
        {
            text = response.BufferContent().ToString();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            return false;
        }

        return FieldName().Matches(text).Any(m => m.Value == field);
    }

    [GeneratedRegex(@"\bmax_(?:completion_)?tokens\b")]
    private static partial Regex FieldName();
}
