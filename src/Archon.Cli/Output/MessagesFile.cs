using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Archon.Cli.Output;

/// <summary>
/// Reads an OpenAI-style messages array from a JSON file: <c>[{"role":"system","content":"…"},{"role":"user","content":"…"}]</c>.
/// <c>content</c> is a string or an array of parts of which the <c>{"type":"text","text":"…"}</c> ones are used.
/// </summary>
internal static class MessagesFile
{
    /// <summary>Parses the file; on failure returns null and a message naming the file, the JSON path and the rule.</summary>
    public static (IReadOnlyList<ChatMessage>? Messages, string? Error) Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot read the messages file: {ex.Message}");
        }

        try
        {
            return Parse(json, path);
        }
        catch (JsonException ex)
        {
            return (null, $"{path}: invalid JSON at line {(ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1}: {ex.Message}");
        }
    }

    internal static (IReadOnlyList<ChatMessage>? Messages, string? Error) Parse(string json, string source)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("messages", out var inner))
        {
            root = inner;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            return (null, $"{source}: $: expected an array of messages (or an object with a \"messages\" array).");
        }

        var messages = new List<ChatMessage>();
        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            var at = $"{source}: $[{index++}]";
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String)
            {
                return (null, $"{at}.role: each message needs a string \"role\" (system, user or assistant).");
            }

            var roleName = role.GetString()!;
            if (roleName is not ("system" or "user" or "assistant" or "developer"))
            {
                return (null, $"{at}.role: unknown role '{roleName}'; expected system, user or assistant.");
            }

            if (!item.TryGetProperty("content", out var content) || ContentText(content) is not { } text)
            {
                return (null, $"{at}.content: each message needs \"content\" as a string or an array of text parts.");
            }

            messages.Add(new ChatMessage(roleName == "developer" ? ChatRole.System : new ChatRole(roleName), text));
        }

        if (!messages.Exists(m => m.Role == ChatRole.User))
        {
            return (null, $"{source}: $: the conversation has no user message.");
        }

        return (messages, null);
    }

    private static string? ContentText(JsonElement content)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString();
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var parts = content.EnumerateArray()
            .Where(p => p.ValueKind == JsonValueKind.Object
                        && p.TryGetProperty("type", out var t) && t.ValueEquals("text")
                        && p.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String)
            .Select(p => p.GetProperty("text").GetString())
            .ToList();
        return parts.Count > 0 ? string.Concat(parts) : null;
    }
}
