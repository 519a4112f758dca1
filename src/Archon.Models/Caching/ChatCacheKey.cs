using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Models.Caching;

/// <summary>
/// The one response-cache key: a SHA-256 (hex) over the model (endpoint and deployment for real models; name, skill
/// and seed for simulated ones), every message, and every option that changes the answer — temperature, output limit,
/// top-p, top-k, penalties, seed, stop sequences, instructions, response format with its schema, tools with their
/// descriptions and schemas, tool mode — and Archon's call identity: the component's position (layer and index in
/// the layer), the sample index, the re-ask attempt and the role. So n samples stay n distinct answers, and identical
/// components in one layer make distinct calls, while the same call made again (another query, trial or run) hits.
/// </summary>
public static class ChatCacheKey
{
    /// <summary>Archon's request keys that belong to a call's identity.</summary>
    private static readonly string[] CallIdentity =
        [ArchonChatKeys.Layer, ArchonChatKeys.ComponentIndex, ArchonChatKeys.Sample, ArchonChatKeys.Attempt, ArchonChatKeys.Role];

    /// <summary>The key of a call to <paramref name="model"/> with <paramref name="messages"/> and <paramref name="options"/>.</summary>
    public static string Compute(string model, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(messages);
        var sb = new StringBuilder(1024);
        sb.Append("archon-cache-v2\u001e").Append(model).Append('\u001e');
        foreach (var message in messages)
        {
            sb.Append(message.Role.Value).Append('\u001f');
            foreach (var content in message.Contents)
            {
                if (content is TextContent text)
                {
                    sb.Append("t:").Append(text.Text);
                }
                else
                {
                    sb.Append(content.GetType().Name).Append(':').Append(Serialize(content));
                }

                sb.Append('\u001f');
            }

            sb.Append('\u001e');
        }

        AppendOptions(sb, options);
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static void AppendOptions(StringBuilder sb, ChatOptions? o)
    {
        if (o is null)
        {
            return;
        }

        var c = CultureInfo.InvariantCulture;
        sb.Append(c, $"temp={o.Temperature};max={o.MaxOutputTokens};topP={o.TopP};topK={o.TopK};fp={o.FrequencyPenalty};pp={o.PresencePenalty};seed={o.Seed};model={o.ModelId};");
        if (o.StopSequences is { Count: > 0 } stops)
        {
            sb.Append("stop=").AppendJoin('\u001f', stops).Append(';');
        }

        if (o.Instructions is { } instructions)
        {
            sb.Append("instr=").Append(instructions).Append(';');
        }

        switch (o.ResponseFormat)
        {
            case ChatResponseFormatJson json:
                sb.Append("fmt=json:").Append(json.SchemaName).Append(':').Append(json.SchemaDescription).Append(':').Append(json.Schema?.GetRawText()).Append(';');
                break;
            case ChatResponseFormatText:
                sb.Append("fmt=text;");
                break;
        }

        if (o.Tools is { Count: > 0 } tools)
        {
            sb.Append("tools=");
            foreach (var tool in tools)
            {
                sb.Append(tool.Name).Append('\u001f').Append(tool.Description).Append('\u001f');
                if (tool is AIFunctionDeclaration function)
                {
                    sb.Append(function.JsonSchema.GetRawText()).Append('\u001f').Append(function.ReturnJsonSchema?.GetRawText());
                }

                sb.Append('\u001e');
            }

            sb.Append(c, $"toolMode={o.ToolMode};parallel={o.AllowMultipleToolCalls};");
        }

        if (o.AdditionalProperties is { } props)
        {
            foreach (var key in CallIdentity)
            {
                if (props.TryGetValue(key, out var value))
                {
                    sb.Append(key).Append('=').Append(Identity(value)).Append(';');
                }
            }
        }
    }

    // Numbers compare by value whatever their boxed type (an int sample and a long sample are the same call).
    private static string? Identity(object? value) => value switch
    {
        int or long or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Serialize(AIContent content)
    {
        try
        {
            return JsonSerializer.Serialize(content, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(AIContent)));
        }
        catch (NotSupportedException)
        {
            return content.ToString() ?? string.Empty;
        }
    }
}
