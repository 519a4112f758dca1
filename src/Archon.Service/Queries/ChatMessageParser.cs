using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Archon.Service.Queries;

/// <summary>Parses OpenAI-style <c>messages</c> (<c>content</c> a string or an array of text parts).</summary>
internal static class ChatMessageParser
{
    public static (List<ChatMessage>? Messages, string? Error) Parse(JsonElement messages, string field)
    {
        if (messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            return (null, $"{field}: must be a non-empty array of {{\"role\", \"content\"}} objects");
        }

        var list = new List<ChatMessage>();
        var i = 0;
        foreach (var m in messages.EnumerateArray())
        {
            var path = $"{field}[{i}]";
            if (m.ValueKind != JsonValueKind.Object)
            {
                return (null, $"{path}: must be an object with \"role\" and \"content\"");
            }

            var role = m.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            ChatRole? chatRole = role switch
            {
                "system" or "developer" => ChatRole.System,
                "user" => ChatRole.User,
                "assistant" => ChatRole.Assistant,
                _ => null,
            };
            if (chatRole is null)
            {
                return (null, $"{path}.role: must be one of system, developer, user, assistant");
            }

            var content = m.TryGetProperty("content", out var c) ? Text(c) : null;
            if (content is null)
            {
                return (null, $"{path}.content: must be a string or an array of text parts");
            }

            list.Add(new ChatMessage(chatRole.Value, content));
            i++;
        }

        return (list, null);
    }

    private static string? Text(JsonElement content)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString();
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var part in content.EnumerateArray())
        {
            if (part.ValueKind != JsonValueKind.Object || !part.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            sb.Append(t.GetString());
        }

        return sb.ToString();
    }
}
