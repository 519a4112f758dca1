using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>
/// The response-cache key: a SHA-256 over the model, every message and the options that change the answer —
/// sampling settings, response format, and Archon's sample index, re-ask attempt and role. Two calls that differ
/// only in sample index therefore get different entries, so n samples stay n distinct answers.
/// </summary>
internal static class ChatCacheKey
{
    public static string Compute(string model, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var sb = new StringBuilder(1024);
        sb.Append("archon-cache-v1\u001e").Append(model).Append('\u001e');
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
                sb.Append("fmt=json:").Append(json.SchemaName).Append(':').Append(json.Schema?.GetRawText()).Append(';');
                break;
            case ChatResponseFormatText:
                sb.Append("fmt=text;");
                break;
        }

        if (o.Tools is { Count: > 0 } tools)
        {
            sb.Append("tools=").AppendJoin(',', tools.Select(t => t.Name)).Append(';');
        }

        if (o.AdditionalProperties is { } props)
        {
            foreach (var key in (string[])[ArchonChatKeys.Sample, ArchonChatKeys.Attempt, ArchonChatKeys.Role])
            {
                if (props.TryGetValue(key, out var value))
                {
                    sb.Append(key).Append('=').Append(Convert.ToString(value, c)).Append(';');
                }
            }
        }
    }

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
